package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An overloaded shop's failing and dropped page loads, spoken to over HTTP from 127.0.0.1. */
@Timeout(60)
class PageFaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DOCUMENT = Map.of("Sec-Fetch-Dest", "document");
  private static final long SEED = 12;

  /** Stands for a 200 answer with an error page in a list of statuses. */
  private static final int ERROR_PAGE_200 = -200;

  @Test
  void aShareOfPageLoadsFailsAndTheSameSeedFailsTheSameOnes() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(0.3).withFaultSeed(SEED);
    List<Integer> first = statuses(config, 60);
    List<Integer> second = statuses(config, 60);

    assertEquals(first, second, "the same seed, the same faults");
    long failed503 = first.stream().filter(s -> s == 503).count();
    assertTrue(failed503 > 0, first.toString());
    assertTrue(first.contains(ERROR_PAGE_200), first.toString());
    assertTrue(
        first.stream().allMatch(s -> s == 200 || s == 503 || s == ERROR_PAGE_200),
        first.toString());
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < 60; i++) {
        client.get("/");
      }
      int failed = shop.failedPageLoads();
      assertTrue(failed >= 8 && failed <= 30, "about 30% of 60: " + failed);
      assertEquals(failed503, shop.serviceUnavailable());
      assertTrue(shop.errorPagesWith200() > 0, "some answer 200");
      assertEquals(0, shop.droppedConnections());
    }
  }

  @Test
  void failingPagesLookLikeAFrontEndsAndSomeAskToRetryLater() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(1.0, 0.3).withFaultSeed(SEED);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      int withRetryAfter = 0;
      int without = 0;
      int ok = 0;
      for (int i = 0; i < 40; i++) {
        HttpResponse<String> page = client.get("/events/aurora-live");
        String body = page.body();
        if (page.statusCode() == 200) {
          ok++;
          assertTrue(body.contains("<title>Error 503"), body);
          assertTrue(body.contains("Our servers are busy, please try again"), body);
          assertFalse(body.contains("Add to basket") || body.contains("Tickets on sale"), body);
        } else {
          assertEquals(503, page.statusCode());
          assertTrue(body.toLowerCase().contains("service temporarily unavailable"), body);
          if (page.headers().firstValue("Retry-After").isPresent()) {
            withRetryAfter++;
            assertEquals("2", page.headers().firstValue("Retry-After").get());
            assertTrue(body.contains("cf-error-details") && body.contains("Ray ID"), body);
          } else {
            without++;
            assertTrue(body.contains("<center>nginx</center>"), body);
          }
        }
        assertTrue(page.headers().firstValue("Date").isPresent());
      }
      assertTrue(ok > 0 && withRetryAfter > 0 && without > 0, ok + "/" + withRetryAfter);
      assertEquals(ok, shop.errorPagesWith200());
      assertEquals(withRetryAfter + without, shop.serviceUnavailable());
      assertTrue(shop.errorRetryAfterViolations() > 0, "loads right after a Retry-After");

      List<RequestLog.Entry> entries = shop.requestLog().entries();
      assertEquals(40, entries.size(), "every failing load is in the log");
      assertEquals(
          withRetryAfter + without, entries.stream().filter(e -> e.status() == 503).count());
      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(shop.serviceUnavailable(), log.get("serviceUnavailable").asInt());
      assertEquals(ok, log.get("errorPagesWith200").asInt());
      assertEquals(shop.errorRetryAfterViolations(), log.get("errorRetryAfterViolations").asInt());
      assertEquals(0, log.get("droppedConnections").asInt());
    }
  }

  @Test
  void staticFilesTheApiScriptsAndInstrumentationNeverFail() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(0.5).withDroppedConnections(0.5);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < 5; i++) {
        assertEquals(200, client.get("/robots.txt").statusCode());
        assertEquals(200, client.get("/favicon.ico").statusCode());
        assertEquals(200, client.get("/api/events/aurora-live").statusCode());
        assertEquals(200, client.send("GET", "/", Map.of("Sec-Fetch-Dest", "script")).statusCode());
        assertEquals(200, client.get("/__pay/card-frame").statusCode());
        assertEquals(200, client.get("/__demo/log").statusCode());
      }
      assertEquals(0, shop.failedPageLoads() + shop.droppedConnections());
    }
  }

  @Test
  void aFailingAddToBasketHoldsNothing() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
            .withoutRivals()
            .withErrors(0.5)
            .withDroppedConnections(0.5);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      int stock = shop.stockLeft();
      for (int i = 0; i < 5; i++) {
        try {
          HttpResponse<String> added = client.addToBasket("standing", 1);
          assertTrue(added.statusCode() == 503 || added.statusCode() == 200, added.body());
        } catch (IOException dropped) {
          // the connection closed without an answer: nothing happened either
        }
      }
      assertEquals(stock, shop.stockLeft(), "nothing held");
      assertTrue(shop.failedPageLoads() + shop.droppedConnections() >= 1);
      assertTrue(
          shop.requestLog().matching("POST", "/basket").stream().noneMatch(e -> e.status() == 303));
    }
  }

  @Test
  void aDroppedPageLoadGetsNoAnswerAndIsCountedOnce() throws Exception {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofHours(1)).withDroppedConnections(1.0);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      assertThrows(IOException.class, () -> client.get("/"));
      assertEquals(200, client.get("/robots.txt").statusCode(), "the shop still serves");
      assertTrue(shop.droppedConnections() >= 1);
      assertEquals(0, shop.failedPageLoads());
      assertTrue(
          shop.requestLog().matching("GET", "/").stream().noneMatch(e -> e.path().equals("/")),
          "nothing answered, nothing logged");
      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(shop.droppedConnections(), log.get("droppedConnections").asInt());
    }
  }

  @Test
  void aShareOfPageLoadsIsDroppedBySeed() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofHours(1))
            .withDroppedConnections(0.1)
            .withErrors(0.3)
            .withFaultSeed(SEED);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      int noAnswer = 0;
      for (int i = 0; i < 60; i++) {
        try {
          client.send("GET", "/?n=" + i, DOCUMENT);
        } catch (IOException e) {
          noAnswer++;
        }
      }
      assertEquals(noAnswer, shop.droppedConnections());
      assertTrue(noAnswer >= 1 && noAnswer <= 15, "about 10% of 60: " + noAnswer);
      assertTrue(shop.failedPageLoads() >= 5, "and errors too: " + shop.failedPageLoads());
    }
  }

  @Test
  void withoutFaultsNothingFails() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < 20; i++) {
        assertEquals(200, client.get("/").statusCode());
      }
      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      for (String count :
          List.of(
              "serviceUnavailable",
              "errorPagesWith200",
              "droppedConnections",
              "errorRetryAfterViolations",
              "queueEntries",
              "queuePasses",
              "reloadsWhileQueued")) {
        assertEquals(0, log.get(count).asInt(), count);
      }
    }
  }

  /**
   * The statuses of {@code loads} page loads of a fresh shop, one client, one after another ({@link
   * #ERROR_PAGE_200} for an error page answered 200).
   */
  private static List<Integer> statuses(DemoShopConfig config, int loads) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < loads; i++) {
        HttpResponse<String> page = client.get("/");
        boolean errorPage = page.statusCode() == 200 && page.body().contains("<title>Error 503");
        statuses.add(errorPage ? ERROR_PAGE_200 : page.statusCode());
      }
    }
    return statuses;
  }

  @Test
  void theRequestLogSaysWhichAnswersWereErrorPagesAndTheDensestSecond() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(0.5).withFaultSeed(SEED);
    try (DemoShop shop = DemoShop.start(config)) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < 20; i++) {
        client.get("/");
      }
      List<RequestLog.Entry> entries = shop.requestLog().entries();
      assertEquals(
          shop.failedPageLoads(), entries.stream().filter(RequestLog.Entry::errorPage).count());
      assertTrue(
          entries.stream().filter(e -> e.status() == 503).allMatch(RequestLog.Entry::errorPage));
      assertTrue(entries.stream().anyMatch(e -> e.status() == 200 && e.errorPage()));
      assertTrue(entries.stream().anyMatch(e -> e.status() == 200 && !e.errorPage()));
      assertTrue(shop.densestSecondPageLoads() >= 2, "20 loads back to back");
      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(shop.densestSecondPageLoads(), log.get("densestSecondPageLoads").asInt());
      int marked = 0;
      for (JsonNode entry : log.get("entries")) {
        marked += entry.get("errorPage").asBoolean() ? 1 : 0;
      }
      assertEquals(shop.failedPageLoads(), marked);
    }
  }
}
