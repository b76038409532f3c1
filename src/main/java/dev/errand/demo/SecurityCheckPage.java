package dev.errand.demo;

import dev.errand.demo.DemoShopConfig.Challenge;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /security-check}: the demo's own "I'm not a robot" check, or a stand-in for a real
 * widget ({@link ChallengeWidget}), as the shop is configured.
 */
final class SecurityCheckPage implements Route {

  private final Layout layout;
  private final Challenge challenge;

  SecurityCheckPage(Layout layout, Challenge challenge) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.challenge = Objects.requireNonNull(challenge, "challenge");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    String next = SecurityGate.safeNext(ex.query().get("next"));
    Session session = ex.session();
    if (session.verified()) {
      ex.redirect(next);
      return;
    }
    ChallengeWidget widget = ChallengeWidget.of(challenge).orElse(null);
    if (widget != null) {
      String content =
          Resources.template("security-check-frame.html")
              .render(Map.of("next", next, "widget", widget.render()));
      ex.html(200, layout.page(ex, "Quick security check", content, "challenge-host.js"));
      return;
    }
    String content =
        Resources.template("security-check.html")
            .render(Map.of("next", next, "token", session.challengeToken()));
    ex.html(200, layout.page(ex, "Quick security check", content, "challenge.js"));
  }
}
