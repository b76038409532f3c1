package dev.errand.demo;

import java.util.Objects;

/** Some tickets of one type held in a basket. */
record BasketLine(TicketType type, int quantity) {

  BasketLine {
    Objects.requireNonNull(type, "type");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }

  long totalPence() {
    return type.pricePence() * quantity;
  }

  OrderLine toOrderLine() {
    return new OrderLine(type.id(), quantity, type.pricePence());
  }
}
