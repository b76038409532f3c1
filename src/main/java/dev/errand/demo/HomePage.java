package dev.errand.demo;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/** {@code GET /}: the hero and the event listing. */
final class HomePage implements Route {

  private final Shop shop;
  private final Layout layout;

  HomePage(Shop shop, Layout layout) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    ZonedDateTime doors = AuroraEvent.doorsOpen(shop.config().releaseAt());
    String content =
        Resources.template("home.html")
            .render(
                Map.of(
                    "eventPath",
                    AuroraEvent.PATH,
                    "eventName",
                    AuroraEvent.NAME,
                    "eventDate",
                    Times.shortDate(doors.toInstant()),
                    "saleOpens",
                    Times.utcDateTime(shop.config().releaseAt())));
    ex.html(200, layout.page(ex, "Live music, comedy and theatre tickets", content));
  }
}
