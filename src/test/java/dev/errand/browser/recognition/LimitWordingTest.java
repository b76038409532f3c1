package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-customer limit in a shop's own words, and the numbers that are no limit. */
class LimitWordingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Max 4 per customer | 4",
        "Maximum of 6 tickets per order. | 6",
        "MAX. 2 PER PERSON | 2",
        "Limit 4 tickets per customer. | 4",
        "Tickets are limited to 4 per customer. Names must match photo ID. | 4",
        "There is a limit of four tickets per household | 4",
        "Strictly limited to 2 tickets | 2",
        "Buy up to 8 tickets | 8",
        "You can buy at most 4 tickets per customer | 4",
        "Sorry, you can only purchase 2 tickets for this event | 2",
        "You may order up to 3 | 3",
        "Maximum order quantity: 5 | 5",
        "Quantity limit 3 | 3",
        "2 tickets max | 2",
        "No more than 6 seats per booking | 6",
        "Restricted to one per customer | 1",
        "Limit 10 per order. Also: max 4 per customer. | 4",
        "Only 2 per customer, please | 2",
        "Limit\u00a04\u00a0per\u00a0customer | 4",
      })
  void readsTheLimitAShopStates(String text, int most) {
    assertEquals(Optional.of(most), LimitWording.in(text).map(LimitWording.Stated::most), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Baskets are held for ten minutes.",
        "A time limit of 10 minutes applies to your basket",
        "Save up to 20% on your first order",
        "Only 3 tickets left!",
        "Doors open at 7 pm; the show runs up to 2 hours",
        "Order 4 tickets now",
        "Tickets from £45.00, max capacity 2000",
        "Up to 4 weeks delivery",
        "",
      })
  void numbersThatAreNoLimitAreNotRead(String text) {
    assertEquals(Optional.empty(), LimitWording.in(text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Max 4 per customer | max 4 per customer", "Buy up to 8 tickets | up to 8 tickets"})
  void saysWhichWordsStatedIt(String text, String words) {
    assertEquals(words, LimitWording.in(text).orElseThrow().words());
  }
}
