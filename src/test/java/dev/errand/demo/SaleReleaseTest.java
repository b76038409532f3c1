package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The release instant: the API's status, the "too early" refusal, the event page's markup before
 * and after it.
 */
class SaleReleaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void apiTurnsOnSaleAtTheReleaseInstant() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMillis(700)))) {
      ShopClient client = new ShopClient(shop);
      List<JsonNode> upcoming = new ArrayList<>();
      JsonNode onSale =
          Await.until(
              Duration.ofSeconds(5),
              () -> JSON.readTree(client.get("/api/events/aurora-live").body()),
              json -> {
                if (json.get("status").asText().equals("upcoming")) {
                  upcoming.add(json);
                  return false;
                }
                return true;
              },
              "the API to leave 'upcoming'");

      assertFalse(upcoming.isEmpty(), "the API said upcoming before release");
      for (JsonNode json : upcoming) {
        assertTrue(Instant.parse(json.get("serverTime").asText()).isBefore(shop.releaseAt()));
      }
      assertEquals("on-sale", onSale.get("status").asText());
      Instant servedAt = Instant.parse(onSale.get("serverTime").asText());
      assertFalse(servedAt.isBefore(shop.releaseAt()), "on sale no earlier than release");
      assertTrue(
          Duration.between(shop.releaseAt(), servedAt).toMillis() < 1_000,
          "on sale promptly after release");
      assertEquals(shop.releaseAt(), Instant.parse(onSale.get("opensAt").asText()));
    }
  }

  @Test
  void apiDescribesTheTicketTypes() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      HttpResponse<String> response = new ShopClient(shop).get("/api/events/aurora-live");
      JsonNode json = JSON.readTree(response.body());

      assertEquals(200, response.statusCode());
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
      assertEquals("upcoming", json.get("status").asText());
      assertEquals(4, json.get("perCustomerLimit").asInt());
      JsonNode types = json.get("ticketTypes");
      assertEquals(3, types.size());
      assertEquals("standing", types.get(0).get("id").asText());
      assertEquals("Standing", types.get(0).get("name").asText());
      assertEquals("£45.00", types.get(0).get("price").asText());
      assertEquals("£65.00", types.get(1).get("price").asText());
      assertEquals("vip", types.get(2).get("id").asText());
      assertEquals("£120.00", types.get(2).get("price").asText());
      assertTrue(types.get(0).get("available").asBoolean());
    }
  }

  @Test
  void addingToTheBasketBeforeReleaseIsTooEarly() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> response = client.addToBasket("standing", 2);

      assertEquals(403, response.statusCode());
      assertTrue(response.body().contains("Too early — sales open at "), response.body());
      assertTrue(response.body().contains(Times.utcClock(shop.releaseAt())));
      assertEquals(60, shop.stockLeft());
      List<RequestLog.Entry> posts = shop.requestLog().matching("POST", "/basket");
      assertEquals(1, posts.size());
      assertEquals(403, posts.get(0).status());
    }
  }

  @Test
  void eventPageHasNoBuyControlsInItsHtml() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      HttpResponse<String> page = new ShopClient(shop).get("/events/aurora-live");
      String html = page.body();

      assertEquals(200, page.statusCode());
      assertTrue(html.contains("<section id=\"tickets\""), "tickets section");
      assertTrue(html.contains("aria-label=\"Tickets\""));
      assertTrue(html.contains("Aurora — Live at the Roundhouse"));
      String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
      assertFalse(main.contains("<form"), "no form before the script renders one");
      assertFalse(main.contains("role=\"combobox\""));
      assertFalse(main.contains("Add to basket"));
    }
  }

  @Test
  void aFormSalePageHoldsTheBuyFormBeforeReleaseButTheShopTurnsEarlyOrdersAway() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofHours(1))
                .withSalePage(DemoShopConfig.SalePage.FORM))) {
      ShopClient client = new ShopClient(shop);
      String html = client.get("/events/aurora-live").body();
      String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
      assertTrue(main.contains("<form method=\"post\" action=\"/basket\""), main);
      assertTrue(main.contains("Add to basket"), main);
      assertTrue(
          main.contains("Sale opens at " + Times.utcClock(shop.releaseAt()) + "."), "the note");

      HttpResponse<String> early = client.addToBasket("standing", 2);
      assertEquals(403, early.statusCode());
      assertEquals(60, shop.stockLeft());
    }
  }

  @Test
  void eventPageRequestedAfterReleaseHoldsTheBuyForm() throws Exception {
    DemoShopConfig open =
        DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
            .withPerCustomerLimit(3)
            .withoutRivals();
    try (DemoShop shop = DemoShop.start(open)) {
      String main = main(new ShopClient(shop).get("/events/aurora-live").body());

      assertTrue(main.contains("<form method=\"post\" action=\"/basket\" class=\"buy-form\""));
      assertTrue(main.contains("role=\"combobox\""));
      assertTrue(main.contains("aria-controls=\"ticket-type-list\""));
      assertTrue(
          main.contains(
              "<li role=\"option\" id=\"ticket-type-standing\" data-value=\"standing\""
                  + " aria-selected=\"false\">Standing — £45.00</li>"),
          main);
      assertTrue(main.contains(">VIP — £120.00</li>"));
      assertTrue(
          main.contains(
              "<select name=\"quantity\" id=\"qty\"><option value=\"1\">1</option>"
                  + "<option value=\"2\">2</option><option value=\"3\">3</option>"
                  + "<option value=\"4\">4</option>"),
          "the list runs past the limit, as on many real shops: " + main);
      assertTrue(main.contains("<option value=\"10\">10</option></select>"), main);
      assertTrue(main.contains("Limit 3 tickets per customer."));
      assertTrue(main.contains(">Add to basket</button>"));
      assertFalse(main.contains("Loading tickets"));
      assertFalse(main.contains("Sold out"));
    }
  }

  @Test
  void eventPageRequestedAfterReleaseSaysSoldOutWhenNothingIsLeft() throws Exception {
    DemoShopConfig gone =
        DemoShopConfig.opensAt(Instant.now().minusSeconds(1)).withStock(0).withoutRivals();
    try (DemoShop shop = DemoShop.start(gone)) {
      String main = main(new ShopClient(shop).get("/events/aurora-live").body());

      assertTrue(main.contains("<div class=\"sold-out\"><h2>Sold out</h2>"), main);
      assertFalse(main.contains("<form"));
      assertFalse(main.contains("Add to basket"));
    }
  }

  @Test
  void theShopsClockDecidesWhetherThePageHoldsTheForm() throws Exception {
    Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
    DemoShopConfig ahead =
        DemoShopConfig.opensAt(inAnHour).withSkew(Duration.ofHours(2)).withoutRivals();
    try (DemoShop shop = DemoShop.start(ahead)) {
      assertTrue(main(new ShopClient(shop).get("/events/aurora-live").body()).contains("<form"));
    }
    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    DemoShopConfig behind =
        DemoShopConfig.opensAt(anHourAgo).withSkew(Duration.ofHours(-2)).withoutRivals();
    try (DemoShop shop = DemoShop.start(behind)) {
      String main = main(new ShopClient(shop).get("/events/aurora-live").body());
      assertFalse(main.contains("<form"), "not yet open on the shop's clock");
      assertTrue(main.contains("Loading tickets"));
    }
  }

  private static String main(String html) {
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }

  @Test
  void eventUrlPointsAtTheEventPage() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      assertTrue(
          shop.url().toString().matches("http://127\\.0\\.0\\.1:\\d+/"), shop.url()::toString);
      assertEquals(shop.url().resolve("events/aurora-live"), shop.eventUrl());
    }
  }
}
