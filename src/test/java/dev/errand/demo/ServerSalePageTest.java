package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server-rendered sale page: buy controls only in a page loaded after the sale opened. */
@Timeout(30)
class ServerSalePageTest {

  @Test
  void loadedBeforeTheSaleItSaysWhenToReloadAndHasNoScriptToChangeIt() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofHours(1))
                .withSalePage(DemoShopConfig.SalePage.SERVER))) {
      HttpResponse<String> page = new ShopClient(shop).get("/events/aurora-live");
      String html = page.body();
      String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));

      assertEquals(200, page.statusCode());
      assertTrue(main.contains("aria-label=\"Tickets\""), main);
      assertTrue(
          main.contains(
              "Tickets go on sale at "
                  + Times.utcClock(shop.releaseAt())
                  + " — reload this page then."),
          main);
      assertFalse(main.contains("Add to basket"));
      assertFalse(main.contains("<form"));
      assertFalse(html.contains(Resources.text("tickets.js")), "no countdown script");
      assertFalse(html.contains("role=\"timer\""));
    }
  }

  @Test
  void loadedAfterTheSaleOpenedItHoldsTheBuyControls() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                .withoutRivals()
                .withSalePage(DemoShopConfig.SalePage.SERVER))) {
      String html = new ShopClient(shop).get("/events/aurora-live").body();
      String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));

      assertTrue(main.contains(TicketsPanel.form(shop.config().perCustomerLimit())), main);
      assertTrue(main.contains("role=\"combobox\""));
      assertTrue(main.contains("<select name=\"quantity\" id=\"qty\">"));
      assertTrue(main.contains("Add to basket"));
      assertFalse(main.contains("reload this page"));
      assertTrue(html.contains(Resources.text("tickets.js")), "the script wires the form up");
    }
  }

  @Test
  void soldOutAfterTheSaleOpenedSaysSo() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                .withoutRivals()
                .withStock(0)
                .withSalePage(DemoShopConfig.SalePage.SERVER))) {
      String html = new ShopClient(shop).get("/events/aurora-live").body();
      String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
      assertTrue(main.contains(TicketsPanel.soldOut()), main);
      assertFalse(main.contains("Add to basket"));
    }
  }
}
