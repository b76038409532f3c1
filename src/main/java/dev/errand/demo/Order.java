package dev.errand.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An order the shop placed when it accepted a payment.
 *
 * @param id the order number shown to the buyer, e.g. {@code LT-483920}
 * @param session the {@code sid} of the buying session
 * @param ticketType the ticket type id, or the ids joined with {@code +} when the basket held
 *     several types (e.g. {@code standing+vip})
 * @param quantity the number of tickets in the order, over all lines
 * @param totalPence the amount paid, in pence
 * @param placedAt when the order was placed
 * @param lines one line per ticket type, in the order they were added
 */
public record Order(
    String id,
    String session,
    String ticketType,
    int quantity,
    long totalPence,
    Instant placedAt,
    List<OrderLine> lines) {

  /** Checks that no component is null and copies the lines. */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(ticketType, "ticketType");
    Objects.requireNonNull(placedAt, "placedAt");
    lines = List.copyOf(lines);
  }

  /** An order for {@code lines}, with its type, quantity and total worked out from them. */
  static Order of(String id, String session, Instant placedAt, List<OrderLine> lines) {
    String type = lines.stream().map(OrderLine::ticketType).collect(Collectors.joining("+"));
    int quantity = lines.stream().mapToInt(OrderLine::quantity).sum();
    long total = lines.stream().mapToLong(OrderLine::totalPence).sum();
    return new Order(id, session, type, quantity, total, placedAt, lines);
  }

  /** The total as shown to people, e.g. {@code £90.00}. */
  public String total() {
    return Money.format(totalPence);
  }
}
