package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardFieldsTest {

  @Test
  void realShopsCardFieldsReadAsCardFields() {
    for (String hints :
        List.of(
            "cc-number",
            "cc-csc | cvc",
            "cc-exp",
            "cardnumber",
            "card_number",
            "billingCardNumber",
            "Card number",
            "Credit card number",
            "Kartennummer | card-no",
            "cvc",
            "CVV",
            "cvv2",
            "CVC / CVV",
            "Security code",
            "securityCode",
            "Card verification code",
            "Expiry date (MM/YY)",
            "expiryDate",
            "exp-month",
            "Expiration",
            "MM / YY",
            "Name on card",
            "cardholder",
            "ccNum",
            "csc")) {
      assertTrue(CardFields.hinted(hints), hints);
    }
  }

  @Test
  void ordinaryFieldsDoNot() {
    for (String hints :
        List.of(
            "name | Full name",
            "email | Email",
            "tel | Phone",
            "postal-code | Postcode",
            "Promo code",
            "quantity | Tickets",
            "Discard notes",
            "accumulate",
            "Express delivery",
            "Membership number",
            "Password",
            "Search")) {
      assertFalse(CardFields.hinted(hints), hints);
    }
  }

  @Test
  void readsTheControlScriptsHints() {
    assertTrue(CardFields.inControl(Map.of("fieldHints", "Card number")));
    assertFalse(CardFields.inControl(Map.of("fieldHints", "")));
    assertFalse(CardFields.inControl(Map.of("label", "Card number")), "a button's label");
    assertFalse(CardFields.inControl("nothing"));
  }
}
