package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shop whose clock is skewed: its Date headers, API, release and "too early" use its clock. */
class ShopClockTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDateHeaderIsTheShopsClockAndTheOnlyOne() throws Exception {
    for (Duration skew : List.of(Duration.ofMillis(5_300), Duration.ofMillis(-3_700))) {
      try (DemoShop shop =
          DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withSkew(skew))) {
        ShopClient client = new ShopClient(shop);
        for (String path : List.of("/", "/api/events/aurora-live", "/no-such-page")) {
          Instant before = Instant.now();
          HttpResponse<String> response = client.get(path);
          Instant after = Instant.now();

          List<String> dates = response.headers().allValues("Date");
          assertEquals(1, dates.size(), "one Date header: " + dates);
          Instant date = httpDate(dates.get(0));
          assertFalse(date.isBefore(before.plus(skew).minusSeconds(1)), skew + " " + dates);
          assertFalse(date.isAfter(after.plus(skew)), skew + " " + dates);
        }
      }
    }
  }

  @Test
  void headIsAnsweredLikeGetWithoutABody() throws Exception {
    Duration skew = Duration.ofSeconds(-30);
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withSkew(skew))) {
      ShopClient client = new ShopClient(shop);

      HttpResponse<String> head = client.head("/");
      HttpResponse<String> get = client.get("/");

      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
      assertEquals(
          get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
      Instant date = httpDate(head.headers().firstValue("Date").orElseThrow());
      assertTrue(
          Duration.between(Instant.now().plus(skew), date).abs().toMillis() < 2_000, "" + date);
      assertEquals(1, shop.requestLog().matching("HEAD", "/").size());
    }
  }

  @Test
  void theApiReportsTheShopsTime() throws Exception {
    Duration skew = Duration.ofMillis(2_250);
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofHours(1)).withSkew(skew);
    try (DemoShop shop = DemoShop.start(config)) {
      Instant before = Instant.now();
      JsonNode json = JSON.readTree(new ShopClient(shop).get("/api/events/aurora-live").body());
      Instant after = Instant.now();

      Instant serverTime = Instant.parse(json.get("serverTime").asText());
      assertFalse(serverTime.isBefore(before.plus(skew)));
      assertFalse(serverTime.isAfter(after.plus(skew)));
      assertEquals(config.releaseAt(), Instant.parse(json.get("opensAt").asText()));
      assertEquals(skew, shop.config().skew());
      Duration shopClockError =
          Duration.between(Instant.now().plus(skew), shop.shopClock().instant()).abs();
      assertTrue(shopClockError.toMillis() < 100, "shopClock() runs skew ahead");
    }
  }

  @Test
  void aShopClockAheadOpensTheSaleEarlierOnTheTrueClock() throws Exception {
    // Opens 5 s from now on the true clock's reading, but the shop's clock is 10 s ahead.
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofSeconds(5))
            .withSkew(Duration.ofSeconds(10))
            .withoutRivals();
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);

      HttpResponse<String> added = client.addToBasket("standing", 1);

      assertTrue(Instant.now().isBefore(shop.releaseAt()), "true clock still before releaseAt");
      assertEquals(303, added.statusCode(), added.body());
      assertEquals(59, shop.stockLeft());
    }
  }

  @Test
  void tooEarlyGoesByTheShopsClockAndTheLogKeepsBothTimes() throws Exception {
    // Opened 5 s ago on the true clock's reading, but the shop's clock is 10 s behind.
    Duration skew = Duration.ofSeconds(-10);
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofSeconds(-5)).withSkew(skew);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      Instant before = Instant.now();

      HttpResponse<String> refused = client.addToBasket("standing", 1);
      Instant after = Instant.now();

      assertTrue(after.isAfter(shop.releaseAt()), "true clock past releaseAt");
      assertEquals(403, refused.statusCode());
      assertTrue(refused.body().contains("Too early — sales open at "), refused.body());
      JsonNode api = JSON.readTree(client.get("/api/events/aurora-live").body());
      assertEquals("upcoming", api.get("status").asText());
      RequestLog.Entry post = shop.requestLog().matching("POST", "/basket").get(0);
      assertFalse(post.receivedAt().isBefore(before), "receivedAt is the true time");
      assertFalse(post.receivedAt().isAfter(after), "receivedAt is the true time");
      assertEquals(post.receivedAt().plus(skew), post.shopTime());
      JsonNode logged = JSON.readTree(client.get("/__demo/log").body()).get("entries").get(0);
      assertEquals(post.shopTime(), Instant.parse(logged.get("shopTime").asText()));
      assertEquals(post.receivedAt(), Instant.parse(logged.get("receivedAt").asText()));
    }
  }

  @Test
  void theSaleOpensWhenTheShopsClockReachesReleaseAt() throws Exception {
    Duration skew = Duration.ofMillis(1_000);
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofMillis(1_600)).withSkew(skew);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);

      Await.until(
          Duration.ofSeconds(5),
          () -> JSON.readTree(client.get("/api/events/aurora-live").body()),
          json -> json.get("status").asText().equals("on-sale"),
          "the sale to open");
      Instant openedAt = Instant.now();

      Instant trueOpening = shop.releaseAt().minus(skew);
      assertFalse(openedAt.isBefore(trueOpening), "not before releaseAt on the shop's clock");
      assertTrue(
          Duration.between(trueOpening, openedAt).toMillis() < 400,
          "opened at the shop's releaseAt, " + Duration.between(trueOpening, openedAt) + " late");
    }
  }

  @Test
  void aSkewedShopStillSellsEndToEnd() throws Exception {
    Duration skew = Duration.ofMillis(-2_500);
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofSeconds(-5)).withSkew(skew).withoutRivals();
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);

      assertEquals(303, client.addToBasket("seated", 2).statusCode());
      assertEquals(200, client.get("/basket").statusCode());
      assertEquals(200, client.passSecurityCheck().statusCode());
      assertEquals(303, client.post("/checkout", ShopClient.contact()).statusCode());
      HttpResponse<String> paid = client.post("/payment", ShopClient.card());
      assertEquals(303, paid.statusCode(), paid.body());
      assertTrue(paid.headers().firstValue("Location").orElse("").startsWith("/orders/"));

      assertEquals(1, shop.orders().size());
      Instant placed = shop.orders().get(0).placedAt();
      Duration fromShopNow = Duration.between(placed, shop.shopClock().instant()).abs();
      assertTrue(fromShopNow.toSeconds() < 2, "orders are stamped by the shop's clock: " + placed);
    }
  }

  @Test
  void skewDefaultsToZeroAndMustBeWithinADay() {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofMinutes(1));

    assertEquals(Duration.ZERO, config.skew());
    assertEquals(Duration.ofMillis(-1_500), config.withSkew(Duration.ofMillis(-1_500)).skew());
    assertEquals(config.releaseAt(), config.withSkew(Duration.ofSeconds(9)).releaseAt());
    assertThrows(IllegalArgumentException.class, () -> config.withSkew(Duration.ofDays(2)));
    assertThrows(NullPointerException.class, () -> config.withSkew(null));
  }

  private static Instant httpDate(String text) {
    return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
