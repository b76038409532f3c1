package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A shop limiting page loads per IP, spoken to over HTTP from 127.0.0.1. */
@Timeout(30)
class RateLimitTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DOCUMENT = Map.of("Sec-Fetch-Dest", "document");

  @Test
  void aSecondLoadWithinASecondIs429AndEveryLoadInTheWindowIsAViolation() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRateLimit(1))) {
      ShopClient client = new ShopClient(shop);
      long start = System.nanoTime();
      HttpResponse<String> first = client.head("/");
      HttpResponse<String> second = client.head("/");
      HttpResponse<String> third = client.get("/robots.txt");
      assertTrue(
          Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000, "all within a second");

      assertEquals(200, first.statusCode());
      assertEquals(429, second.statusCode());
      assertEquals("3", second.headers().firstValue("Retry-After").orElse(""));
      assertTrue(second.headers().firstValue("Date").isPresent());
      assertEquals(429, third.statusCode());
      assertEquals("3", third.headers().firstValue("Retry-After").orElse(""));
      assertTrue(third.body().contains("Too many requests"), third.body());
      assertEquals(2, shop.rateLimited());
      assertEquals(2, shop.rateLimitViolations());
      assertEquals(
          List.of(200, 429, 429),
          shop.requestLog().entries().stream().map(RequestLog.Entry::status).toList());

      JsonNode log = JSON.readTree(client.get("/__demo/log").body());
      assertEquals(2, log.get("rateLimited").asInt(), "instrumentation is never limited");
      assertEquals(2, log.get("rateLimitViolations").asInt());
      assertEquals(3, log.get("entries").size());
    }
  }

  @Test
  void subResourcesAreNeverLimited() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRateLimit(1))) {
      ShopClient client = new ShopClient(shop);
      assertEquals(200, client.head("/").statusCode());
      assertEquals(429, client.head("/").statusCode(), "the IP is shut out");
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> image =
            client.send("GET", "/favicon.ico", Map.of("Sec-Fetch-Dest", "image"));
        HttpResponse<String> script = client.send("GET", "/", Map.of("Sec-Fetch-Dest", "script"));
        assertEquals(200, image.statusCode());
        assertEquals(200, script.statusCode());
      }
      assertEquals(1, shop.rateLimited());
      assertEquals(1, shop.rateLimitViolations());
    }
  }

  @Test
  void theGetFollowingARedirectIsPartOfThePostsLoad() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                .withoutRivals()
                .withRateLimit(1))) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> added =
          client.post("/basket", Map.of("type", "standing", "quantity", "1"), DOCUMENT);
      assertEquals(303, added.statusCode());
      String location = added.headers().firstValue("Location").orElseThrow();

      HttpResponse<String> basket = client.send("GET", location, DOCUMENT);

      assertEquals(200, basket.statusCode(), basket.body());
      assertEquals(0, shop.rateLimited());
      assertEquals(0, shop.rateLimitViolations());
      assertEquals(429, client.send("GET", location, DOCUMENT).statusCode(), "a new load");
    }
  }

  @Test
  void loadsASecondAndABitApartAreNeverLimited() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRateLimit(1))) {
      ShopClient client = new ShopClient(shop);
      for (int i = 0; i < 3; i++) {
        if (i > 0) {
          long last = shop.requestLog().entries().get(i - 1).receivedNanos();
          Await.until(
              Duration.ofSeconds(3),
              System::nanoTime,
              now -> now - last >= 1_100_000_000L,
              "1.1 s since the last load");
        }
        assertEquals(200, client.head("/").statusCode(), "load " + (i + 1));
      }
      assertEquals(0, shop.rateLimited());
      assertEquals(0, shop.rateLimitViolations());
    }
  }
}
