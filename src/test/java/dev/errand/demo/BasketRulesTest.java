package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a basket may hold: the per-customer limit, the stock, and the hold's expiry. */
class BasketRulesTest {

  private static DemoShopConfig open() {
    return DemoShopConfig.opensIn(Duration.ofSeconds(-1)).withoutRivals();
  }

  @Test
  void addingHoldsTicketsAndRedirectsToTheBasket() throws Exception {
    try (DemoShop shop = DemoShop.start(open())) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> added = client.addToBasket("standing", 2);

      assertEquals(303, added.statusCode());
      assertEquals("/basket", added.headers().firstValue("Location").orElse(""));
      assertEquals(58, shop.stockLeft());
      HttpResponse<String> basket = client.get("/basket");
      assertEquals(200, basket.statusCode());
      assertTrue(basket.body().contains("Your tickets are held for"), "hold notice");
      assertTrue(basket.body().contains("£90.00"), "total");
      assertTrue(basket.body().contains("href=\"/checkout\""), "checkout link");
    }
  }

  @Test
  void oneAddOverTheLimitIsRefused() throws Exception {
    try (DemoShop shop = DemoShop.start(open())) {
      HttpResponse<String> response = new ShopClient(shop).addToBasket("seated", 5);

      assertEquals(400, response.statusCode());
      assertTrue(
          response.body().contains("You can buy at most 4 tickets per customer"), response.body());
      assertEquals(60, shop.stockLeft());
    }
  }

  @Test
  void severalAddsMayNotExceedTheLimit() throws Exception {
    try (DemoShop shop = DemoShop.start(open())) {
      ShopClient client = new ShopClient(shop);

      assertEquals(303, client.addToBasket("standing", 3).statusCode());
      HttpResponse<String> over = client.addToBasket("vip", 2);
      assertEquals(400, over.statusCode());
      assertTrue(over.body().contains("You can buy at most 4 tickets per customer"));
      assertTrue(over.body().contains("You already have 3 tickets"), over.body());
      assertEquals(303, client.addToBasket("vip", 1).statusCode());
      assertEquals(400, client.addToBasket("standing", 1).statusCode());
      assertEquals(56, shop.stockLeft());
      assertEquals(
          303, new ShopClient(shop).addToBasket("standing", 4).statusCode(), "others unaffected");
    }
  }

  @Test
  void malformedAddsAreBadRequests() throws Exception {
    try (DemoShop shop = DemoShop.start(open())) {
      ShopClient client = new ShopClient(shop);

      assertEquals(400, client.addToBasket("balcony", 1).statusCode());
      assertEquals(400, client.addToBasket("standing", 0).statusCode());
      assertEquals(400, client.addToBasket("standing", -2).statusCode());
      assertEquals(
          400, client.post("/basket", Map.of("type", "vip", "quantity", "two")).statusCode());
      assertEquals(400, client.post("/basket", Map.of()).statusCode());
      assertEquals(60, shop.stockLeft());
    }
  }

  @Test
  void smallStockRunsOutAndTheApiSaysSoldOut() throws Exception {
    try (DemoShop shop = DemoShop.start(open().withStock(3))) {
      ShopClient first = new ShopClient(shop);
      ShopClient second = new ShopClient(shop);

      assertEquals(303, first.addToBasket("standing", 2).statusCode());
      HttpResponse<String> tooMany = second.addToBasket("standing", 2);
      assertEquals(409, tooMany.statusCode());
      assertTrue(tooMany.body().contains("Only 1 left"), tooMany.body());
      assertEquals(303, second.addToBasket("seated", 1).statusCode());
      assertEquals(0, shop.stockLeft());

      HttpResponse<String> soldOut = new ShopClient(shop).addToBasket("vip", 1);
      assertEquals(409, soldOut.statusCode());
      assertTrue(soldOut.body().contains("Sold out"), soldOut.body());
      String status =
          new ObjectMapper()
              .readTree(first.get("/api/events/aurora-live").body())
              .get("status")
              .asText();
      assertEquals("sold-out", status);
    }
  }

  @Test
  void anExpiredHoldGivesTheTicketsBack() throws Exception {
    DemoShopConfig config = open().withStock(10).withHoldTime(Duration.ofMillis(300));
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      assertEquals(303, client.addToBasket("standing", 4).statusCode());
      assertEquals(6, shop.stockLeft());

      Await.until(Duration.ofSeconds(5), shop::stockLeft, left -> left == 10, "stock to return");
      HttpResponse<String> basket = client.get("/basket");
      assertTrue(basket.body().contains("Your hold expired"), basket.body());
      assertTrue(basket.body().contains("Your basket is empty"));
      assertEquals(303, client.addToBasket("vip", 4).statusCode(), "limit counts held only");
    }
  }
}
