package dev.errand.demo;

import java.util.Objects;

/**
 * One ticket type in an {@link Order}.
 *
 * @param ticketType the ticket type id: {@code standing}, {@code seated} or {@code vip}
 * @param quantity how many tickets of that type
 * @param unitPence the price of one ticket, in pence
 */
public record OrderLine(String ticketType, int quantity, long unitPence) {

  /** Checks the components. */
  public OrderLine {
    Objects.requireNonNull(ticketType, "ticketType");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }

  /** The price of the whole line, in pence. */
  public long totalPence() {
    return unitPence * quantity;
  }
}
