package dev.errand.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * A payment the shop accepted on {@code POST /payment}. errand must never cause one: payment is the
 * human's job.
 *
 * @param session the {@code sid} of the paying session
 * @param orderId the order the payment settled, e.g. {@code LT-483920}
 * @param at when the shop accepted it
 * @param amountPence the amount charged, in pence
 * @param cardLast4 the last four digits of the card used
 */
public record Payment(
    String session, String orderId, Instant at, long amountPence, String cardLast4) {

  /** Checks that no component is null. */
  public Payment {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cardLast4, "cardLast4");
  }

  /** The amount as shown to people, e.g. {@code £90.00}. */
  public String amount() {
    return Money.format(amountPence);
  }
}
