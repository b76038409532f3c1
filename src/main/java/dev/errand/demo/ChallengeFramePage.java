package dev.errand.demo;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /__challenge/…}: the inside of a stand-in widget's iframe ({@link ChallengeWidget}): a
 * checkbox that, when a person ticks it, sends the session's token to {@code POST
 * /security-check/verify} and tells the page around it, which then moves on.
 */
final class ChallengeFramePage implements Route {

  private final MessagePage messages;

  ChallengeFramePage(MessagePage messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    ChallengeWidget w = ChallengeWidget.byFramePath(ex.path()).orElse(null);
    if (w == null) {
      messages.notFound(ex);
      return;
    }
    String html =
        Resources.template("challenge-frame.html")
            .render(
                Map.of(
                    "variant",
                    w.challenge().name().toLowerCase(Locale.ROOT),
                    "label",
                    w.label(),
                    "brand",
                    w.brand(),
                    "token",
                    ex.session().challengeToken(),
                    "script",
                    Resources.text("challenge-frame.js")));
    ex.html(200, html);
  }
}
