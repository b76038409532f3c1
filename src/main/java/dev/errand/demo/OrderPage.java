package dev.errand.demo;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /orders/{id}}: the confirmation, visible only to the session that ordered. */
final class OrderPage implements Route {

  static final String PREFIX = "/orders/";

  private final Shop shop;
  private final Layout layout;
  private final MessagePage messages;

  OrderPage(Shop shop, Layout layout, MessagePage messages) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    String id = ex.path().substring(PREFIX.length());
    Optional<Order> order = shop.order(id).filter(o -> o.session().equals(ex.session().id()));
    if (order.isEmpty()) {
      messages.notFound(ex);
      return;
    }
    StringBuilder rows = new StringBuilder();
    for (OrderLine line : order.get().lines()) {
      TicketType type = TicketType.byId(line.ticketType()).orElseThrow();
      rows.append(
          Resources.template("basket-row.html")
              .render(
                  Map.of(
                      "type", type.displayName(),
                      "event", AuroraEvent.NAME,
                      "quantity", Integer.toString(line.quantity()),
                      "price", Money.format(line.unitPence()),
                      "total", Money.format(line.totalPence()))));
    }
    String email = ex.session().contact().map(ContactDetails::email).orElse("your email address");
    String content =
        Resources.template("order.html")
            .render(
                Map.of(
                    "orderId",
                    order.get().id(),
                    "rows",
                    rows.toString(),
                    "total",
                    order.get().total(),
                    "email",
                    email,
                    "eventName",
                    AuroraEvent.NAME,
                    "venue",
                    AuroraEvent.VENUE));
    ex.html(200, layout.page(ex, "Order confirmed", content));
  }
}
