package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side checks of the checkout and payment forms, and money formatting. */
class FormValidationTest {

  private static final YearMonth NOW = YearMonth.of(2026, 3);

  @Test
  void acceptsAValidCardAndKeepsOnlyTheLastFourDigits() {
    Validated<String> card =
        CardForm.validate(
            Map.of(
                "cardNumber",
                "4242-4242 4242 4242",
                "expiry",
                "03/26",
                "cvc",
                "1234",
                "cardName",
                "A N Other"),
            NOW);

    assertTrue(card.ok(), card.errors()::toString);
    assertEquals("4242", card.value());
  }

  @Test
  void acceptsTheTestCardTheDemoTellsThePersonToPayWith() {
    Validated<String> card =
        CardForm.validate(
            Map.of(
                "cardNumber",
                dev.errand.handoff.DemoPaymentGuide.TEST_CARD,
                "expiry",
                "12 / 34",
                "cvc",
                "123",
                "cardName",
                "Alex Example"),
            NOW);

    assertTrue(card.ok(), card.errors()::toString);
  }

  @Test
  void refusesBadCards() {
    Validated<String> card =
        CardForm.validate(
            Map.of("cardNumber", "4242 4242 4242 4241", "expiry", "02/26", "cvc", "12"), NOW);

    assertEquals("Enter a valid card number", card.errors().get("cardNumber"));
    assertEquals("Your card has expired", card.errors().get("expiry"));
    assertEquals("Enter the 3 or 4 digit security code", card.errors().get("cvc"));
    assertEquals("Enter the name shown on your card", card.errors().get("cardName"));
    assertEquals(
        "Enter the expiry date as MM / YY",
        CardForm.validate(Map.of("expiry", "13/30"), NOW).errors().get("expiry"));
  }

  @Test
  void checksContactDetails() {
    Validated<ContactDetails> ok =
        ContactForm.validate(
            Map.of(
                "name",
                " Ada ",
                "email",
                "ada@example.com",
                "phone",
                "+44 7700 900982",
                "postcode",
                "nw1 8eh"));
    Validated<ContactDetails> bad =
        ContactForm.validate(Map.of("email", "ada@", "phone", "12", "postcode", "!!"));

    assertTrue(ok.ok(), ok.errors()::toString);
    assertEquals("Ada", ok.value().name());
    assertEquals(4, bad.errors().size(), bad.errors()::toString);
    assertEquals("Enter your full name", bad.errors().get("name"));
  }

  @Test
  void formatsPence() {
    assertEquals("£90.00", Money.format(9_000));
    assertEquals("£0.05", Money.format(5));
    assertEquals("£1,234.50", Money.format(123_450));
  }
}
