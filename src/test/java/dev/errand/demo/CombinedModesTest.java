package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every overloaded-shop mode at once: a visitor who keeps trying gets through the failing front end
 * and the waiting room to a basket, and every count adds up.
 */
@Timeout(60)
class CombinedModesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The visitor's gap between page loads: slower than the shop's limit of 20 a second. */
  private static final Duration GAP = Duration.ofMillis(80);

  private long lastLoad = System.nanoTime() - GAP.toNanos();

  @Test
  void aPersistentVisitorGetsThroughEveryModeAtOnce() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofSeconds(1))
            .withoutRivals()
            .withRenderDelay(Duration.ofMillis(20))
            .withLateCommit(Duration.ofSeconds(2), 3)
            .withRateLimit(20)
            .withErrors(0.3)
            .withDroppedConnections(0.1)
            .withFaultSeed(3)
            .withWaitingRoom(Duration.ofMillis(1_500))
            .withConsent(DemoShopConfig.Consent.DIDOMI)
            .withNewsletterPopup(true);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> page = null;
      while (page == null || page.statusCode() != 302) {
        page = paced(() -> load(client, "/events/aurora-live")).orElse(null);
      }
      assertEquals(1, shop.queueEntries());
      JsonNode through =
          Await.until(
              Duration.ofSeconds(10),
              () ->
                  JSON.readTree(
                      client
                          .send("GET", "/__queue/status", Map.of("Sec-Fetch-Dest", "empty"))
                          .body()),
              json -> json.get("through").asBoolean(),
              "the turn");
      String target = through.get("redirectUrl").asText();
      Await.until(
          Duration.ofSeconds(10),
          () -> shop.shopClock().instant(),
          now -> !now.isBefore(shop.opensReallyAt()),
          "the late sale to open");
      HttpResponse<String> added = null;
      while (added == null || added.statusCode() != 303) {
        Optional<HttpResponse<String>> event = paced(() -> load(client, target));
        assertTrue(event.isEmpty() || event.get().statusCode() != 302, "through the room");
        added = paced(client::addToBasketOrNothing);
      }
      assertEquals(59, shop.stockLeft(), "one ticket held, by the one add that got through");
      assertEquals(1, shop.queuePasses());
      assertEquals(
          0,
          shop.rateLimited(),
          () ->
              "a visitor keeping to 20 a second never meets 429: "
                  + shop.requestLog().entries().stream()
                      .map(
                          e ->
                              e.receivedNanos() / 1_000_000 % 100_000
                                  + " "
                                  + e.method()
                                  + " "
                                  + e.path()
                                  + " "
                                  + e.status())
                      .toList());

      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(shop.serviceUnavailable(), log.get("serviceUnavailable").asInt());
      assertEquals(shop.errorPagesWith200(), log.get("errorPagesWith200").asInt());
      assertEquals(shop.droppedConnections(), log.get("droppedConnections").asInt());
      assertEquals(shop.queuePasses(), log.get("queuePasses").asInt());
    }
  }

  /**
   * {@code load}, once {@link #GAP} has passed since the last one ended: a polite visitor's pace,
   * whatever the connection takes.
   */
  private <T> T paced(Callable<T> load) throws Exception {
    long since = lastLoad;
    Await.until(
        Duration.ofSeconds(1), System::nanoTime, now -> now - since >= GAP.toNanos(), "the gap");
    try {
      return load.call();
    } finally {
      lastLoad = System.nanoTime();
    }
  }

  /** One page load: empty if its connection was dropped or it failed with an error page. */
  private static Optional<HttpResponse<String>> load(ShopClient client, String path)
      throws InterruptedException {
    try {
      HttpResponse<String> page = client.get(path);
      boolean failed =
          page.statusCode() == 503
              || (page.statusCode() == 200 && page.body().contains("<title>Error 503"));
      return failed ? Optional.empty() : Optional.of(page);
    } catch (IOException dropped) {
      return Optional.empty();
    }
  }
}
