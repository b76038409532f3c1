package dev.errand.browser;

import java.util.List;
import java.util.Objects;

/**
 * Something visible on the page that is the person's to handle, recognised by well-known markup or
 * wording: a challenge (a CAPTCHA, a bot check) or payment entry (card fields, a payment provider's
 * frame or button). errand stops and hands over when it sees one; it never acts on either.
 *
 * @param kind challenge or payment
 * @param what a name for the person, e.g. "reCAPTCHA", "Cloudflare challenge page", "card number
 *     field", "PayPal button"
 * @param evidence the concrete thing seen, e.g. {@code iframe src https://www.google.com/recaptcha/
 *     api2/anchor} or {@code input[autocomplete~="cc-number" i]}: markup and wording only, never a
 *     field's value
 */
public record Detection(Kind kind, String what, String evidence) {

  /** What a detection is about. */
  public enum Kind {
    /** A CAPTCHA or bot check: a person solves it. */
    CHALLENGE,
    /** Card fields or a payment provider's widget: a person pays. */
    PAYMENT
  }

  /** Checks that nothing is null. */
  public Detection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Whether any of {@code detections} is of {@code kind}. */
  public static boolean any(List<Detection> detections, Kind kind) {
    return detections.stream().anyMatch(d -> d.kind() == kind);
  }

  /** For the journal and the console, e.g. {@code reCAPTCHA (iframe title "reCAPTCHA")}. */
  public String describe() {
    return what + " (" + evidence + ")";
  }
}
