package dev.errand.demo;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /events/aurora-live}: the event details. The tickets section is filled in by {@code
 * tickets.js} from the event API, so before release the page holds no buy controls at all.
 */
final class EventPage implements Route {

  private final Shop shop;
  private final Layout layout;

  EventPage(Shop shop, Layout layout) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    ZonedDateTime doors = AuroraEvent.doorsOpen(shop.config().releaseAt());
    String content =
        Resources.template("event.html")
            .render(
                Map.of(
                    "eventName",
                    AuroraEvent.NAME,
                    "eventDate",
                    Times.longDate(doors.toInstant()),
                    "venue",
                    AuroraEvent.VENUE,
                    "saleOpens",
                    Times.utcDateTime(shop.config().releaseAt()),
                    "limit",
                    Integer.toString(shop.config().perCustomerLimit()),
                    "apiPath",
                    AuroraEvent.API_PATH));
    ex.html(200, layout.page(ex, AuroraEvent.NAME, content, "tickets.js"));
  }
}
