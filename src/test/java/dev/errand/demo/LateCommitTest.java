package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A release that commits late: the sale opens at the drawn instant, not the announced one. */
@Timeout(30)
class LateCommitTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LATE = Duration.ofMillis(300);

  /** Draws a delay of about 279 ms of the 300: room to ask between the two instants. */
  private static final long SEED = 7;

  @Test
  void theSaleOpensAtTheDrawnInstantAndNotBefore() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofMillis(500))
            .withoutRivals()
            .withSalePage(DemoShopConfig.SalePage.SERVER)
            .withLateCommit(LATE, SEED);
    try (DemoShop shop = DemoShop.start(config)) {
      Instant release = shop.releaseAt();
      Instant opens = shop.opensReallyAt();
      assertFalse(opens.isBefore(release), opens.toString());
      assertFalse(opens.isAfter(release.plus(LATE)), opens.toString());
      assertTrue(Duration.between(release, opens).toMillis() >= 200, "this seed draws late enough");

      ShopClient client = new ShopClient(shop);
      assertEquals(200, client.get("/robots.txt").statusCode(), "a connection, ready");
      Await.until(
          Duration.ofSeconds(5),
          () -> shop.shopClock().instant(),
          now -> !now.isBefore(release.plusMillis(10)),
          "the announced release");

      JsonNode between = JSON.readTree(client.get("/api/events/aurora-live").body());
      HttpResponse<String> early = client.addToBasket("standing", 1);
      String page = client.get("/events/aurora-live").body();

      RequestLog.Entry post = shop.requestLog().matching("POST", "/basket").get(0);
      assertTrue(
          post.shopTime().isBefore(opens) && !post.shopTime().isBefore(release),
          "asked between the instants: " + post.shopTime());
      assertTrue(Instant.parse(between.get("serverTime").asText()).isBefore(opens));
      assertEquals(
          "sold-out", between.get("status").asText(), "stock not committed yet reads as none");
      assertEquals(
          release, Instant.parse(between.get("opensAt").asText()), "the announced instant");
      assertEquals(403, early.statusCode());
      assertTrue(early.body().contains("Sales have not started yet"), early.body());
      assertFalse(early.body().contains("Too early"), "no past opening time to point at");
      assertFalse(page.contains("Add to basket"), "a page served before the sale opened");
      assertTrue(page.contains("Tickets are not on sale yet"), page);
      assertFalse(page.contains("reload this page then"), "no past instant to reload at");

      JsonNode open =
          Await.until(
              Duration.ofSeconds(5),
              () -> JSON.readTree(client.get("/api/events/aurora-live").body()),
              json -> json.get("status").asText().equals("on-sale"),
              "the sale to open");
      assertEquals("on-sale", open.get("status").asText());
      assertFalse(Instant.parse(open.get("serverTime").asText()).isBefore(opens));
      assertEquals(303, client.addToBasket("standing", 1).statusCode());
      assertTrue(client.get("/events/aurora-live").body().contains("Add to basket"));
    }
  }

  @Test
  void theSameSeedDrawsTheSameInstantAndNoLateCommitOpensOnTime() throws Exception {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofHours(1)).withLateCommit(LATE, SEED);
    try (DemoShop one = DemoShop.start(config);
        DemoShop two = DemoShop.start(config);
        DemoShop onTime = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      assertEquals(one.opensReallyAt(), two.opensReallyAt());
      assertEquals(onTime.releaseAt(), onTime.opensReallyAt());
    }
  }

  @Test
  void aDropMayOpenSecondsLateWhileItsAnnouncedInstantStays() throws Exception {
    Duration late = Duration.ofSeconds(2);
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withLateCommit(late, SEED))) {
      Duration drawn = Duration.between(shop.releaseAt(), shop.opensReallyAt());
      assertFalse(drawn.isNegative(), drawn.toString());
      assertTrue(drawn.compareTo(late) <= 0, drawn.toString());
      JsonNode api = JSON.readTree(new ShopClient(shop).get("/api/events/aurora-live").body());
      assertEquals(shop.releaseAt(), Instant.parse(api.get("opensAt").asText()));
    }
  }

  @Test
  void anUnseededDrawStaysWithinTheLateCommit() throws Exception {
    for (int i = 0; i < 3; i++) {
      try (DemoShop shop =
          DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withLateCommit(LATE))) {
        Duration late = Duration.between(shop.releaseAt(), shop.opensReallyAt());
        assertFalse(late.isNegative(), late.toString());
        assertTrue(late.compareTo(LATE) <= 0, late.toString());
      }
    }
  }
}
