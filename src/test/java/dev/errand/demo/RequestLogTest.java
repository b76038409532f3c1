package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request log: what it records, its order, and its JSON form. */
class RequestLogTest {

  @Test
  void recordsMethodPathStatusAndSessionInArrivalOrder() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient alice = new ShopClient(shop);
      ShopClient bob = new ShopClient(shop);
      Instant before = Instant.now();
      alice.get("/");
      alice.get("/security-check?next=/checkout");
      bob.addToBasket("standing", 1);
      alice.get("/no-such-page");
      Instant after = Instant.now();

      List<RequestLog.Entry> entries = shop.requestLog().entries();
      assertEquals(4, entries.size(), entries::toString);
      assertEntry(entries.get(0), "GET", "/", 200, alice.sid());
      assertEntry(entries.get(1), "GET", "/security-check?next=/checkout", 200, alice.sid());
      assertEntry(entries.get(2), "POST", "/basket", 403, bob.sid());
      assertEntry(entries.get(3), "GET", "/no-such-page", 404, alice.sid());
      assertNotEquals(alice.sid(), bob.sid());
      for (int i = 0; i < entries.size(); i++) {
        RequestLog.Entry entry = entries.get(i);
        assertFalse(entry.receivedAt().isBefore(before.minusMillis(1)));
        assertFalse(entry.receivedAt().isAfter(after));
        if (i > 0) {
          RequestLog.Entry previous = entries.get(i - 1);
          assertTrue(entry.receivedNanos() > previous.receivedNanos(), "nanos increase");
          assertFalse(entry.receivedAt().isBefore(previous.receivedAt()), "instants ordered");
        }
      }
    }
  }

  private static void assertEntry(
      RequestLog.Entry entry, String method, String path, int status, String session) {
    assertEquals(method, entry.method());
    assertEquals(path, entry.path());
    assertEquals(status, entry.status());
    assertEquals(session, entry.session());
  }

  @Test
  void matchingFiltersByMethodAndPrefixAndClearEmpties() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient client = new ShopClient(shop);
      client.get("/api/events/aurora-live");
      client.get("/api/events/aurora-live");
      client.addToBasket("vip", 1);
      client.get("/basket");

      assertEquals(2, shop.requestLog().matching("GET", "/api/").size());
      assertEquals(1, shop.requestLog().matching("POST", "/basket").size());
      assertEquals(2, shop.requestLog().matching(null, "/basket").size());
      assertEquals(0, shop.requestLog().matching("DELETE", "/").size());

      shop.requestLog().clear();
      assertTrue(shop.requestLog().entries().isEmpty());
      client.get("/");
      assertEquals(1, shop.requestLog().entries().size());
    }
  }

  @Test
  void demoLogServesTheLogAsJsonWithoutLoggingItself() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient client = new ShopClient(shop);
      client.get("/events/aurora-live");
      client.addToBasket("seated", 1);

      HttpResponse<String> response = client.get("/__demo/log");
      assertEquals(200, response.statusCode());
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      JsonNode entries = new ObjectMapper().readTree(response.body()).get("entries");
      assertEquals(2, entries.size(), response.body());
      JsonNode post = entries.get(1);
      assertEquals("POST", post.get("method").asText());
      assertEquals("/basket", post.get("path").asText());
      assertEquals(403, post.get("status").asInt());
      assertEquals(client.sid(), post.get("session").asText());
      RequestLog.Entry logged = shop.requestLog().entries().get(1);
      assertEquals(logged.receivedAt(), Instant.parse(post.get("receivedAt").asText()));
      assertEquals(logged.receivedNanos(), post.get("receivedNanos").asLong());
      assertEquals(2, shop.requestLog().entries().size(), "/__demo/ is not logged");
    }
  }
}
