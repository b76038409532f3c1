package dev.errand.demo;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /events/aurora-live}: the event details. Requested before release (on the shop's
 * clock), the tickets section holds no buy controls at all: {@code tickets.js} shows a countdown
 * and renders the buy form from the event API when it ends (unless the shop shows its {@link
 * DemoShopConfig.SalePage#FORM} before the sale). A {@link DemoShopConfig.SalePage#SERVER} page
 * requested before release carries no script at all: it says when to reload and never changes by
 * itself. Requested after release (after the late commit, if any), the page arrives with the buy
 * form (or "Sold out") already in it, as many shops do, and the script only wires it up.
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
    SaleStatus status = shop.status(ex.shopTime());
    String tickets = TicketsPanel.render(status, shop.config(), ex.shopTime());
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
                    // machine-readable to the millisecond, as real event pages publish it
                    "saleOpensAt",
                    shop.config().releaseAt().toString(),
                    "limit",
                    Integer.toString(shop.config().perCustomerLimit()),
                    "apiPath",
                    AuroraEvent.API_PATH,
                    "tickets",
                    tickets));
    boolean still =
        status == SaleStatus.UPCOMING && shop.config().salePage() == DemoShopConfig.SalePage.SERVER;
    String[] scripts = still ? new String[0] : new String[] {"tickets.js"};
    ex.html(200, layout.page(ex, AuroraEvent.NAME, content, scripts));
  }
}
