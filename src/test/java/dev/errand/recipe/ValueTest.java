package dev.errand.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void secretsAreMasked() {
    assertEquals("'••••••'", new Value("hunter2", true).describe());
    assertEquals("'Alex Example'", Value.of("Alex Example").describe());
  }

  @Test
  void aCardNumberIsMaskedEvenWhenTheRecipeTypedItPlainly() {
    for (String card :
        new String[] {"4242424242424242", "4242 4242 4242 4242", "5555-5555-5555-4444"}) {
      assertEquals("'••••••'", Value.of(card).describe(), card);
      assertFalse(Value.of(card).toString().contains("4242"), card);
    }
  }

  @Test
  void otherNumbersStayReadable() {
    assertTrue(Value.looksLikeCardNumber("378282246310005"), "an Amex test number");
    assertFalse(Value.looksLikeCardNumber("4242424242424241"), "fails the Luhn check");
    assertFalse(Value.looksLikeCardNumber("+44 7700 900123"), "a phone number");
    assertEquals("'+44 7700 900123'", Value.of("+44 7700 900123").describe());
    assertEquals("'2'", Value.of("2").describe());
    assertEquals("'N1 9GU'", Value.of("N1 9GU").describe());
  }
}
