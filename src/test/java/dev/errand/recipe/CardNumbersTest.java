package dev.errand.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

  /** Well-known test numbers of the card networks, 14 to 19 digits. */
  static final List<String> TEST_CARDS =
      List.of(
          "4242424242424242",
          "4000056655665556",
          "5555555555554444",
          "2223003122003222",
          "378282246310005",
          "6011111111111117",
          "3056930009020004",
          "36227206271667",
          "3566002020360505",
          "6200000000000005",
          "4000002500001001",
          "6703444444444449",
          "4111111111111111110");

  @Test
  void theNetworksTestNumbersReadAsCardNumbersPlainGroupedOrDashed() {
    for (String card : TEST_CARDS) {
      assertTrue(CardNumbers.isCardNumber(card), card);
      assertTrue(CardNumbers.isCardNumber(card.replaceAll("(\\d{4})(?=\\d)", "$1 ")), card);
      assertTrue(CardNumbers.isCardNumber(card.replaceAll("(\\d{4})(?=\\d)", "$1-")), card);
      assertTrue(CardNumbers.isCardNumber("  " + card + " "), "spaces around " + card);
    }
  }

  @Test
  void luhnFailuresShortRunsAndOtherNumbersAreNotCards() {
    assertFalse(CardNumbers.isCardNumber("4242424242424241"), "fails Luhn");
    assertFalse(CardNumbers.isCardNumber("42424242424"), "11 digits");
    assertFalse(CardNumbers.isCardNumber("42424242424242424242"), "20 digits");
    assertFalse(CardNumbers.isCardNumber("+44 7700 900123"), "a phone number");
    assertFalse(CardNumbers.isCardNumber("4242  4242 4242 4242"), "two spaces in a row");
    assertFalse(CardNumbers.isCardNumber("4242.4242.4242.4242"), "dots are not card grouping");
    assertFalse(CardNumbers.isCardNumber("N1 9GU"));
    assertFalse(CardNumbers.isCardNumber("123"), "a CVC alone is not a card number");
    assertFalse(CardNumbers.isCardNumber(""));
  }

  @Test
  void aCardNumberIsFoundInsideATextAndMaskedThere() {
    String text = "Name: Alex · Card: 4242 4242 4242 4242 · ref 12345 · tel 07700 900982";
    assertTrue(CardNumbers.containsCardNumber(text));
    assertEquals(
        "Name: Alex · Card: ## · ref 12345 · tel 07700 900982", CardNumbers.mask(text, "##"));
    assertEquals("x=##&y=1", CardNumbers.mask("x=4242+4242+4242+4242&y=1", "##"), "form-encoded");
    assertEquals("x=##", CardNumbers.mask("x=4242%204242%204242%204242", "##"), "URL-encoded");
    assertEquals("<b>##</b>", CardNumbers.mask("<b>4242&nbsp;4242&nbsp;4242&nbsp;4242</b>", "##"));
    assertEquals("a ## b ##", CardNumbers.mask("a 378282246310005 b 5555-5555-5555-4444", "##"));
  }

  @Test
  void aRunInsideALongerNumberIsNotACard() {
    // 4242424242424242 inside 24 digits: part of something else, left alone
    String longer = "999942424242424242429999";
    assertFalse(CardNumbers.containsCardNumber(longer));
    assertEquals(longer, CardNumbers.mask(longer, "##"));
    assertFalse(CardNumbers.containsCardNumber("order 4242424242424241 placed"));
  }

  @Test
  void digitsDropTheGrouping() {
    assertEquals("4242424242424242", CardNumbers.digits("4242 4242-4242%204242"));
  }
}
