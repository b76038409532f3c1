package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A shop that renders slowly: pages wait, are dated when done, and HEAD of a page is 404. */
@Timeout(30)
class RenderDelayTest {

  private static final Duration DELAY = Duration.ofMillis(150);

  @Test
  void aPageTakesTheDelayAndIsDatedWhenItIsDone() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRenderDelay(DELAY))) {
      ShopClient client = new ShopClient(shop);
      assertEquals(200, client.get("/robots.txt").statusCode(), "a connection, ready");
      // Ask shortly before a second of the shop's clock ends, so the delay crosses into the next.
      Await.until(
          Duration.ofSeconds(3),
          () -> shop.shopClock().instant(),
          now -> millisOfSecond(now) >= 850 && millisOfSecond(now) < 900,
          "the shop's clock to be late in a second");

      long start = System.nanoTime();
      HttpResponse<String> page = client.get("/events/aurora-live");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(200, page.statusCode());
      assertTrue(took.compareTo(DELAY) >= 0, "took " + took);
      RequestLog.Entry entry = shop.requestLog().matching("GET", "/events/").get(0);
      assertEquals(
          entry.shopTime().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1),
          httpDate(page),
          "arrived at " + entry.shopTime() + ", dated after the delay");
    }
  }

  @Test
  void headOfAPageIsNotFoundAfterTheDelay() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRenderDelay(DELAY))) {
      ShopClient client = new ShopClient(shop);
      for (String path : List.of("/", "/events/aurora-live")) {
        long start = System.nanoTime();
        HttpResponse<String> head = client.head(path);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(404, head.statusCode(), path);
        assertEquals("", head.body());
        assertTrue(took.compareTo(DELAY) >= 0, path + " took " + took);
        assertTrue(head.headers().firstValue("Date").isPresent());
      }
      assertEquals(200, client.get("/").statusCode(), "GET still works");
    }
  }

  @Test
  void robotsAndTheFaviconAreServedAtOnce() throws Exception {
    Duration slow = Duration.ofSeconds(1);
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withRenderDelay(slow))) {
      ShopClient client = new ShopClient(shop);
      for (String method : List.of("GET", "HEAD")) {
        long start = System.nanoTime();
        HttpResponse<String> robots = client.send(method, "/robots.txt", Map.of());
        HttpResponse<String> favicon = client.send(method, "/favicon.ico", Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(slow.dividedBy(2)) < 0, method + " both took " + took);
        assertEquals(200, robots.statusCode());
        assertEquals(200, favicon.statusCode());
        assertEquals(
            "image/x-icon", favicon.headers().firstValue("Content-Type").orElse(""), method);
        assertEquals("70", favicon.headers().firstValue("Content-Length").orElse(""), method);
        assertEquals(method.equals("GET") ? "User-agent: *\nAllow: /\n" : "", robots.body());
      }
    }
  }

  @Test
  void withoutADelayHeadIsAnsweredLikeGetAndTheStaticFilesAreThere() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      ShopClient client = new ShopClient(shop);
      assertEquals(200, client.head("/").statusCode());
      assertEquals(200, client.get("/robots.txt").statusCode());
      assertEquals(200, client.head("/favicon.ico").statusCode());
    }
  }

  private static long millisOfSecond(Instant instant) {
    return instant.getNano() / 1_000_000;
  }

  private static Instant httpDate(HttpResponse<?> response) {
    String text = response.headers().firstValue("Date").orElseThrow();
    return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
