package dev.errand.browser.recognition;

import static dev.errand.browser.Detection.Kind.CHALLENGE;
import static dev.errand.browser.Detection.Kind.PAYMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.Detection;
import dev.errand.browser.recognition.Signature.Clue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turning signatures seen into the report. */
class SightingsTest {

  private static final Signature RECAPTCHA_BOX =
      new Signature(CHALLENGE, "reCAPTCHA", Clue.SELECTOR, ".g-recaptcha", null, false);
  private static final Signature RECAPTCHA_FRAME =
      new Signature(CHALLENGE, "reCAPTCHA", Clue.FRAME_URL, "/recaptcha/", null, false);
  private static final Signature WORDING =
      new Signature(CHALLENGE, "human verification", Clue.TEXT, "security check", null, true);
  private static final Signature CARD =
      new Signature(
          PAYMENT, "card number field", Clue.SELECTOR, "[autocomplete=cc-number]", null, false);
  private static final Signature CVV =
      new Signature(PAYMENT, "card security code field", Clue.SELECTOR, "[name=cvv]", null, true);
  private static final List<Signature> TABLE =
      List.of(RECAPTCHA_BOX, RECAPTCHA_FRAME, WORDING, CARD, CVV);

  @Test
  void oneDetectionPerNameInTableOrderWithTheFirstEvidence() {
    Sightings s = new Sightings(TABLE);
    s.add(CARD, "card here");
    s.add(RECAPTCHA_FRAME, "frame x");
    s.add(RECAPTCHA_BOX, "box");
    s.add(RECAPTCHA_BOX, "another box");
    assertTrue(s.seen(RECAPTCHA_FRAME));
    assertEquals(
        List.of(
            new Detection(CHALLENGE, "reCAPTCHA", "box"),
            new Detection(PAYMENT, "card number field", "card here")),
        s.detections());
  }

  @Test
  void weakEvidenceOnlyWhenNothingStrongOfItsKind() {
    Sightings s = new Sightings(TABLE);
    s.add(WORDING, "text");
    s.add(CVV, "cvv");
    assertEquals(
        List.of(
            new Detection(CHALLENGE, "human verification", "text"),
            new Detection(PAYMENT, "card security code field", "cvv")),
        s.detections());
    s.add(RECAPTCHA_BOX, "box");
    assertEquals(
        List.of(
            new Detection(CHALLENGE, "reCAPTCHA", "box"),
            new Detection(PAYMENT, "card security code field", "cvv")),
        s.detections(),
        "a named challenge hides the generic wording; payment's weak evidence stays");
  }
}
