package dev.errand.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** {@code GET /basket}: what the session holds and for how much longer. */
final class BasketPage implements Route {

  private final Shop shop;
  private final Layout layout;

  BasketPage(Shop shop, Layout layout) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    Instant now = shop.now();
    BasketSnapshot basket = shop.basket(ex.session(), now);
    String notice =
        basket.expiredRecently()
            ? "<p class=\"notice notice-warn\" role=\"status\">Your hold expired, so the tickets"
                + " went back on sale.</p>"
            : "";
    if (basket.isEmpty()) {
      String content =
          Resources.template("basket-empty.html")
              .render(Map.of("notice", notice, "eventPath", AuroraEvent.PATH));
      ex.html(200, layout.page(ex, "Your basket", content));
      return;
    }
    Duration remaining = basket.remaining(now);
    String content =
        Resources.template("basket.html")
            .render(
                Map.of(
                    "notice", notice,
                    "rows", SummaryRows.render(basket),
                    "total", Money.format(basket.totalPence()),
                    "holdRemainingMs", Long.toString(remaining.toMillis()),
                    "holdRemaining", Times.minutesSeconds(remaining),
                    "eventPath", AuroraEvent.PATH));
    ex.html(200, layout.page(ex, "Your basket", content, "basket.js"));
  }
}
