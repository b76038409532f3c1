package dev.errand.demo;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/** {@code GET /security-check}: the demo's own "I'm not a robot" check. */
final class SecurityCheckPage implements Route {

  private final Layout layout;

  SecurityCheckPage(Layout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    String next = SecurityGate.safeNext(ex.query().get("next"));
    Session session = ex.session();
    if (session.verified()) {
      ex.redirect(next);
      return;
    }
    String content =
        Resources.template("security-check.html")
            .render(Map.of("next", next, "token", session.challengeToken()));
    ex.html(200, layout.page(ex, "Quick security check", content, "challenge.js"));
  }
}
