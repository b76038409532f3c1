package dev.errand.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code GET /api/events/aurora-live}: the sale's status, clock and ticket types as JSON. */
final class EventApi implements Route {

  private final Shop shop;

  EventApi(Shop shop) {
    this.shop = Objects.requireNonNull(shop, "shop");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    Instant now = shop.now();
    boolean inStock = shop.inventory().available() > 0;
    List<Map<String, Object>> types = new ArrayList<>();
    for (TicketType type : TicketType.values()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", type.id());
      json.put("name", type.displayName());
      json.put("price", type.price());
      json.put("description", type.description());
      json.put("available", inStock);
      types.add(json);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", AuroraEvent.SLUG);
    body.put("name", AuroraEvent.NAME);
    body.put("status", shop.status(now).json());
    body.put("opensAt", shop.config().releaseAt().toString());
    body.put("serverTime", now.toString());
    body.put("perCustomerLimit", shop.config().perCustomerLimit());
    body.put("ticketTypes", types);
    ex.json(200, body);
  }
}
