package dev.errand.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /api/events/aurora-live}: the sale's status, clock and ticket types as JSON. Between
 * the announced instant and a late commit's real opening it says {@code sold-out} with nothing
 * available, as a shop whose stock is not committed yet reads (the countdown page then shows "Sold
 * out" while tickets are about to go on sale).
 */
final class EventApi implements Route {

  /** How often a {@link DemoShopConfig.SalePage#POLL} page asks while the sale is upcoming. */
  static final int POLL_EVERY_MS = 1000;

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
      json.put("available", inStock && !uncommitted(now));
      types.add(json);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", AuroraEvent.SLUG);
    body.put("name", AuroraEvent.NAME);
    body.put("status", status(now, inStock));
    body.put("opensAt", shop.config().releaseAt().toString());
    body.put("serverTime", now.toString());
    body.put("perCustomerLimit", shop.config().perCustomerLimit());
    body.put("ticketTypes", types);
    if (shop.config().salePage() == DemoShopConfig.SalePage.POLL) {
      // the page asks again after this long while the sale is upcoming
      body.put("pollEveryMs", POLL_EVERY_MS);
    }
    ex.json(200, body);
  }

  /** The status the API reports at {@code now}: sold out while a late commit holds the stock. */
  private String status(Instant now, boolean inStock) {
    return uncommitted(now) && inStock ? SaleStatus.SOLD_OUT.json() : shop.status(now).json();
  }

  /** Whether the announced instant has passed while the sale has not really opened yet. */
  private boolean uncommitted(Instant now) {
    return !now.isBefore(shop.config().releaseAt()) && now.isBefore(shop.opensAt());
  }
}
