package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording that tells a cookie notice, a pop-up, and the buttons that close each. */
class OverlayWordingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Accept all",
        "Accept All Cookies",
        "Allow all",
        "Accept cookies",
        "I agree",
        "AGREE",
        "Agree and close",
        "OK",
        "Got it!",
        "Alle akzeptieren",
        "Tout accepter",
        "Aceptar todo",
        "Accetta tutto",
        "Alles accepteren"
      })
  void acceptButtons(String label) {
    assertTrue(OverlayWording.acceptRank(label).isPresent(), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reject all",
        "Deny",
        "Manage options",
        "Cookie Settings",
        "Accept and pay",
        "Agree and pay £90.00",
        "Learn more",
        "Allow selection"
      })
  void notAcceptButtons(String label) {
    assertEquals(OptionalInt.empty(), OverlayWording.acceptRank(label), label);
  }

  @Test
  void acceptingAllIsPreferredToAcceptingSome() {
    int all = OverlayWording.acceptRank("Accept all").getAsInt();
    assertTrue(all < OverlayWording.acceptRank("Accept").getAsInt());
    assertTrue(all < OverlayWording.acceptRank("OK").getAsInt());
    assertTrue(
        OverlayWording.acceptRank("Allow all").getAsInt()
            < OverlayWording.acceptRank("Allow").getAsInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Close",
        "×",
        " ✕ ",
        "X",
        "Close dialog",
        "No thanks",
        "No, thanks",
        "Not now",
        "Dismiss",
        "Schließen",
        "Fermer"
      })
  void closeControls(String label) {
    assertTrue(OverlayWording.closeRank(label).isPresent(), label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sign me up", "Subscribe", "Continue to payment", "Pay now", "Closet"})
  void notCloseControls(String label) {
    assertEquals(OptionalInt.empty(), OverlayWording.closeRank(label), label);
  }

  @Test
  void consentAndNewsletterWording() {
    assertTrue(OverlayWording.readsAsConsent("We use cookies to personalise content"));
    assertTrue(OverlayWording.readsAsConsent("Wir verwenden Cookies. Datenschutz"));
    assertTrue(OverlayWording.readsAsConsent("Manage your consent preferences"));
    assertFalse(OverlayWording.readsAsConsent("Choose your seats"));
    assertTrue(OverlayWording.readsAsNewsletter("Get 10% off your first order"));
    assertTrue(OverlayWording.readsAsNewsletter("Sign up for our newsletter"));
    assertFalse(OverlayWording.readsAsNewsletter("Sign in to continue"));
    assertFalse(OverlayWording.readsAsNewsletter("Are you sure you want to leave?"));
  }

  @Test
  void theKnownConsentManagersEachHaveAnAcceptButton() {
    assertEquals(
        java.util.List.of(
            "OneTrust",
            "Cookiebot",
            "Didomi",
            "Quantcast Choice",
            "TrustArc",
            "Usercentrics",
            "Osano",
            "CookieYes",
            "Complianz",
            "iubenda",
            "Axeptio",
            "CookieFirst"),
        ConsentManagers.ALL.stream().map(ConsentManagers.Manager::name).toList());
    assertTrue(ConsentManagers.ALL.stream().allMatch(m -> !m.accept().isBlank()));
  }
}
