package dev.errand.browser.recognition;

import static dev.errand.browser.recognition.PayWording.Meaning.COMMITS;
import static dev.errand.browser.recognition.PayWording.Meaning.COMMITS_WITH_PAYMENT_ENTRY;
import static dev.errand.browser.recognition.PayWording.Meaning.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which button and link labels pay. */
class PayWordingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pay",
        "Pay £90.00",
        "  Pay\u00a0now ",
        "🔒 Pay securely",
        "PAY €12,50",
        "Pay with PayPal",
        "Place order",
        "Place your order",
        "Confirm order",
        "Confirm and pay",
        "Confirm & pay",
        "Complete purchase",
        "Complete booking",
        "Submit payment",
        "Make payment",
        "Bezahlen",
        "Jetzt bezahlen",
        "Zahlungspflichtig bestellen",
        "Payer",
        "Payer 90,00 €",
        "Valider la commande",
        "Pagar",
        "Pagar ahora",
        "Confirmar pago",
        "Paga ora",
        "Betalen",
      })
  void commits(String label) {
    assertEquals(COMMITS, PayWording.of(label), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Buy now",
        "Buy tickets",
        "Purchase",
        "Confirm",
        "Submit",
        "Jetzt kaufen",
        "Comprar",
        "Acheter"
      })
  void commitsOnlyWherePaymentEntryIs(String label) {
    assertEquals(COMMITS_WITH_PAYMENT_ENTRY, PayWording.of(label), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Add to basket",
        "Continue to payment",
        "Checkout",
        "Payment options",
        "PayPal",
        "Payments are encrypted",
        "Accept all",
        "Zahlen & Fakten",
        "",
        "I'm not a robot",
        "Pay",
      })
  void othersDoNot(String label) {
    if (label.equals("Pay")) {
      // sanity: the same word alone does pay
      assertEquals(COMMITS, PayWording.of(label));
      return;
    }
    assertEquals(NONE, PayWording.of(label), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pay with Visa •••• 4242 Expires 11/29 · saved to your account",
        "Mastercard **** **** **** 4444",
        "Card XXXX-XXXX-XXXX-1881",
        "●●●● 0005",
        "Visa ending in 4242",
        "Your card ending 1234 will be charged £90.00",
        "AMEX   ENDS WITH\u00a00005",
      })
  void savedCardsAreSeenInPageText(String text) {
    assertTrue(SavedCards.shownIn(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Aurora — Live at the Roundhouse · 2 tickets · £90.00",
        "Order LT-424242 confirmed",
        "**2024** tour dates",
        "Sale ends in 2025",
        "Call 0800 123 4567",
        "x 4242",
        "Card number",
        "",
      })
  void otherPageTextShowsNoSavedCard(String text) {
    assertFalse(SavedCards.shownIn(text), text);
  }

  @Test
  void theStrikeGetsTheSavedCardPatternToo() {
    assertEquals(SavedCards.MASKED.pattern(), PayWording.forPageScripts().get("savedCard"));
  }
}
