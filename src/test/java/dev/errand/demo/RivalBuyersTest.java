package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rival buyers take the stock after release, and not before. */
class RivalBuyersTest {

  @Test
  void rivalsDepleteTheStockAfterRelease() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofMillis(500))
            .withStock(30)
            .withRivals(Duration.ofMillis(100), 200);
    try (DemoShop shop = DemoShop.start(config)) {
      assertEquals(30, shop.stockLeft(), "rivals wait for the release");

      Await.until(Duration.ofSeconds(5), shop::stockLeft, left -> left == 0, "rivals to sell out");

      assertEquals(30, shop.rivalTicketsSold());
      String status =
          new ObjectMapper()
              .readTree(new ShopClient(shop).get("/api/events/aurora-live").body())
              .get("status")
              .asText();
      assertEquals("sold-out", status);
      assertEquals(409, new ShopClient(shop).addToBasket("standing", 1).statusCode());
    }
  }

  @Test
  void rivalsBuyAtRoughlyTheirRate() {
    Inventory inventory = new Inventory(100);
    RivalBuyers rivals = new RivalBuyers(inventory, 2.5);

    for (int tick = 0; tick < 40; tick++) {
      rivals.run();
    }

    int taken = inventory.takenByRivals();
    assertTrue(taken >= 9 && taken <= 10, "4 s at 2.5/s took " + taken);
    assertEquals(100 - taken, inventory.available());
  }

  @Test
  void withoutRivalsTheStockStays() throws Exception {
    DemoShopConfig past = DemoShopConfig.opensIn(Duration.ofSeconds(-5));
    try (DemoShop quiet = DemoShop.start(past.withoutRivals());
        DemoShop busy = DemoShop.start(past.withRivals(Duration.ZERO, 100))) {
      Await.until(
          Duration.ofSeconds(5), busy::rivalTicketsSold, n -> n >= 10, "the busy shop's rivals");

      assertEquals(60, quiet.stockLeft());
      assertEquals(0, quiet.rivalTicketsSold());
    }
  }
}
