package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Queue-it-like waiting room in front of the sale, spoken to over HTTP from 127.0.0.1. */
@Timeout(30)
class WaitingRoomTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofMillis(1_500);
  private static final Pattern NUMBER = Pattern.compile("id=\"MainPart_lbQueueNumber\">([0-9]+)<");
  private static final String QUEUE_TO_EVENT = "/queue?target=%2Fevents%2Faurora-live";

  /** A shop whose room is open now: the sale opens in a second, the room the wait before it. */
  private static DemoShopConfig openRoom() {
    return DemoShopConfig.opensIn(Duration.ofSeconds(1)).withoutRivals().withWaitingRoom(WAIT);
  }

  @Test
  void theEventPageSendsAVisitorToTheQueueWhichSendsThemOnWhenTheirTurnComes() throws Exception {
    try (DemoShop shop = DemoShop.start(openRoom())) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> event = client.get("/events/aurora-live");
      assertEquals(302, event.statusCode());
      assertEquals(QUEUE_TO_EVENT, event.headers().firstValue("Location").orElse(""));
      assertEquals(1, shop.queueEntries());

      HttpResponse<String> queue = client.get(QUEUE_TO_EVENT);
      String page = queue.body();
      assertEquals(200, queue.statusCode());
      assertTrue(page.contains("<title>You are in the queue"), page);
      assertTrue(page.contains("Waiting room"), page);
      assertTrue(page.contains("You are now in line"), page);
      assertTrue(page.contains("Please do not refresh this page"), page);
      assertTrue(page.contains("id=\"MainPart_lbWhichIsIn\">"), page);
      assertTrue(page.contains("id=\"MainPart_lbUsersInLineAheadOfYou\">"), page);
      assertTrue(page.contains("role=\"progressbar\""), page);
      assertTrue(page.contains("/__queue/status"), "the page asks for its place by itself");
      assertEquals(0, shop.reloadsWhileQueued(), "being sent to the queue is no reload");
      String number = number(page);

      assertEquals(number, number(client.get(QUEUE_TO_EVENT).body()), "a reload keeps the place");
      assertEquals(1, shop.reloadsWhileQueued());
      assertEquals(302, client.get("/events/aurora-live").statusCode(), "still queued");
      assertEquals(2, shop.reloadsWhileQueued());
      assertEquals(1, shop.queueEntries());

      JsonNode waiting = status(client);
      assertFalse(waiting.get("through").asBoolean());
      assertTrue(waiting.get("redirectUrl").isNull());
      assertEquals(number, waiting.get("queueNumber").asText());
      assertTrue(waiting.get("pollAfterMs").asLong() <= 3_000);

      JsonNode through =
          Await.until(
              Duration.ofSeconds(5),
              () -> status(client),
              json -> json.get("through").asBoolean(),
              "the visitor's turn");
      assertEquals(0, through.get("usersAhead").asInt());
      String next = through.get("redirectUrl").asText();
      assertTrue(next.startsWith("/events/aurora-live?queueittoken=e_aurora~q_"), next);
      assertTrue(client.cookie(WaitingRoom.PASS_COOKIE).isPresent(), "the pass cookie");
      assertEquals(1, shop.queuePasses());

      HttpResponse<String> passed = client.get(next);
      assertEquals(200, passed.statusCode());
      assertTrue(passed.body().contains("Aurora"), passed.body());
      assertEquals(200, client.get("/events/aurora-live").statusCode());
      assertEquals(200, client.get("/basket").statusCode());
      assertEquals(1, shop.queuePasses(), "one pass per visitor");
      assertEquals(2, shop.reloadsWhileQueued(), "pages after the pass are no reloads");

      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(1, log.get("queueEntries").asInt());
      assertEquals(1, log.get("queuePasses").asInt());
      assertEquals(2, log.get("reloadsWhileQueued").asInt());
    }
  }

  @Test
  void thoseAheadCountDownWhileTheVisitorWaits() throws Exception {
    try (DemoShop shop = DemoShop.start(openRoom().withWaitingRoom(Duration.ofSeconds(20)))) {
      ShopClient client = new ShopClient(shop);
      client.get(QUEUE_TO_EVENT);
      long first = status(client).get("usersAhead").asLong();
      assertEquals(20 * WaitingRoom.VISITORS_PER_SECOND, first, "at entry");
      JsonNode later =
          Await.until(
              Duration.ofSeconds(5),
              () -> status(client),
              json -> json.get("usersAhead").asLong() < first,
              "fewer ahead");
      assertFalse(later.get("through").asBoolean());
      assertEquals("less than a minute", later.get("estimatedWait").asText());
      assertEquals("2 minutes", QueuePage.estimatedWait(Duration.ofMinutes(2)));
      assertEquals("1 minute", QueuePage.estimatedWait(Duration.ofSeconds(60)));
      assertEquals(0, shop.reloadsWhileQueued(), "polling the status is no reload");
    }
  }

  @Test
  void aVisitorWhoseTurnCameLoadsAGuardedPageAtOnceWithThePass() throws Exception {
    try (DemoShop shop = DemoShop.start(openRoom())) {
      ShopClient client = new ShopClient(shop);
      assertEquals(302, client.get("/checkout").statusCode());
      long entered = System.nanoTime();
      Await.until(
          Duration.ofSeconds(5),
          System::nanoTime,
          now -> now - entered > WAIT.toNanos() + 100_000_000L,
          "the turn");
      HttpResponse<String> checkout = client.get("/checkout");
      assertTrue(checkout.statusCode() != 302, "through: " + checkout.statusCode());
      assertTrue(client.cookie(WaitingRoom.PASS_COOKIE).isPresent());
      assertEquals(1, shop.queuePasses());
      assertEquals(0, shop.reloadsWhileQueued());
    }
  }

  @Test
  void aPostWhileQueuedHoldsNothingAndGoesToTheQueueForTheEventPage() throws Exception {
    try (DemoShop shop = DemoShop.start(openRoom())) {
      ShopClient client = new ShopClient(shop);
      int stock = shop.stockLeft();
      HttpResponse<String> added = client.addToBasket("standing", 1);
      assertEquals(302, added.statusCode());
      assertEquals(QUEUE_TO_EVENT, added.headers().firstValue("Location").orElse(""));
      assertEquals(stock, shop.stockLeft());
    }
  }

  @Test
  void theHomePageTheApiAndHeadAreNeverQueuedNorIsAnythingBeforeTheRoomOpens() throws Exception {
    try (DemoShop open = DemoShop.start(openRoom());
        DemoShop notYet =
            DemoShop.start(
                DemoShopConfig.opensIn(Duration.ofHours(1))
                    .withWaitingRoom(Duration.ofMinutes(2)))) {
      ShopClient client = new ShopClient(open);
      assertEquals(200, client.get("/").statusCode());
      assertEquals(200, client.get("/api/events/aurora-live").statusCode());
      assertEquals(200, client.head("/events/aurora-live").statusCode());
      assertEquals(
          200,
          client
              .send("GET", "/events/aurora-live", Map.of("Sec-Fetch-Dest", "iframe"))
              .statusCode());
      assertEquals(0, open.queueEntries());

      ShopClient early = new ShopClient(notYet);
      assertEquals(200, early.get("/events/aurora-live").statusCode());
      assertEquals(0, notYet.queueEntries());
    }
  }

  @Test
  void aTargetOutsideTheShopIsTheEventPage() throws Exception {
    try (DemoShop shop = DemoShop.start(openRoom())) {
      ShopClient client = new ShopClient(shop);
      String page = client.get("/queue?target=https%3A%2F%2Fevil.example%2F").body();
      assertTrue(page.contains("data-queue-target=\"/events/aurora-live\""), page);
    }
  }

  private static JsonNode status(ShopClient client) throws Exception {
    HttpResponse<String> status =
        client.send(
            "GET",
            "/__queue/status?target=%2Fevents%2Faurora-live",
            Map.of("Sec-Fetch-Dest", "empty"));
    assertEquals(200, status.statusCode(), status.body());
    return JSON.readTree(status.body());
  }

  private static String number(String page) {
    Matcher number = NUMBER.matcher(page);
    assertTrue(number.find(), page);
    return number.group(1);
  }
}
