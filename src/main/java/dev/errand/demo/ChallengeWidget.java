package dev.errand.demo;

import dev.errand.demo.DemoShopConfig.Challenge;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for a real security-check widget: the template of its outer markup (container, iframe,
 * hidden response field, as the real widget renders them) and what its iframe shows. The iframe is
 * the shop's own page on loopback, at a path shaped like the real widget's, so generic detection
 * recognises it as it would the real one. A person ticks its box; nothing in errand does.
 *
 * @param challenge which widget
 * @param template the outer markup's template, with a {@code frameSrc} placeholder
 * @param framePath the iframe's path on the shop (without query)
 * @param frameQuery the iframe's query or fragment, or ""
 * @param label the checkbox's label
 * @param brand the name shown beside it
 */
record ChallengeWidget(
    Challenge challenge,
    String template,
    String framePath,
    String frameQuery,
    String label,
    String brand) {

  /** Where the widgets' iframes are served. */
  static final String FRAME_PREFIX = "/__challenge/";

  private static final Map<Challenge, ChallengeWidget> WIDGETS =
      Map.of(
          Challenge.RECAPTCHA,
          new ChallengeWidget(
              Challenge.RECAPTCHA,
              "widget-recaptcha.html",
              FRAME_PREFIX + "recaptcha/api2/anchor",
              "?k=demo-site-key&size=normal&hl=en",
              "I'm not a robot",
              "reCAPTCHA"),
          Challenge.HCAPTCHA,
          new ChallengeWidget(
              Challenge.HCAPTCHA,
              "widget-hcaptcha.html",
              FRAME_PREFIX + "hcaptcha/checkbox.html",
              "#frame=checkbox&sitekey=demo-site-key",
              "I am human",
              "hCaptcha"),
          Challenge.TURNSTILE,
          new ChallengeWidget(
              Challenge.TURNSTILE,
              "widget-turnstile.html",
              FRAME_PREFIX + "challenges/turnstile/if/normal",
              "",
              "Verify you are human",
              "Turnstile"));

  /** The stand-in for {@code challenge}; empty for the demo's own widget. */
  static Optional<ChallengeWidget> of(Challenge challenge) {
    return Optional.ofNullable(WIDGETS.get(challenge));
  }

  /** The stand-in whose iframe is served at {@code path}. */
  static Optional<ChallengeWidget> byFramePath(String path) {
    return WIDGETS.values().stream().filter(w -> w.framePath().equals(path)).findFirst();
  }

  /** The iframe's {@code src}. */
  String frameSrc() {
    return framePath + frameQuery;
  }

  /** The outer markup, to go in the security-check page. */
  String render() {
    return Resources.template(template).render(Map.of("frameSrc", frameSrc()));
  }
}
