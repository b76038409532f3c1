package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting, serving and closing the shop. */
class DemoShopTest {

  @Test
  void closeFreesThePortAndIsIdempotent() throws Exception {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofMinutes(1));
    DemoShop first = DemoShop.start(config);
    int port = first.url().getPort();
    assertEquals(200, new ShopClient(first).get("/").statusCode());

    first.close();
    first.close();

    assertThrows(ConnectException.class, () -> connect(port), "nothing listens after close");
    try (DemoShop second = DemoShop.start(config.withPort(port))) {
      assertEquals(port, second.url().getPort());
      assertEquals(200, new ShopClient(second).get("/").statusCode());
    }
  }

  @Test
  void startingOnATakenPortFails() throws Exception {
    try (DemoShop first = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(1)))) {
      DemoShopConfig samePort =
          DemoShopConfig.opensIn(Duration.ofMinutes(1)).withPort(first.url().getPort());

      assertThrows(IOException.class, () -> DemoShop.start(samePort));
      assertEquals(200, new ShopClient(first).get("/").statusCode(), "the first keeps serving");
    }
  }

  @Test
  void startsFastAndLeavesNoThreadsBehind() throws Exception {
    DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(1))).close();
    int runs = 5;
    long totalNanos = 0;
    List<DemoShop> shops = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      shops.add(DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(1))));
      totalNanos += System.nanoTime() - started;
    }
    for (DemoShop shop : shops) {
      assertEquals(200, new ShopClient(shop).get("/basket").statusCode());
      shop.close();
    }

    long averageMillis = totalNanos / runs / 1_000_000;
    assertTrue(averageMillis < 200, "average start took " + averageMillis + " ms");
    List<String> leftovers = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("demo-shop-")) {
        leftovers.add(thread.getName());
      }
    }
    assertTrue(leftovers.isEmpty(), "threads left running: " + leftovers);
  }

  @Test
  void firstResponseSetsTheSessionCookieAndNoStore() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(1)))) {
      ShopClient client = new ShopClient(shop);
      HttpResponse<String> first = client.get("/");

      String cookie = first.headers().firstValue("Set-Cookie").orElse("");
      assertTrue(cookie.startsWith("sid="), cookie);
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("Path=/"), cookie);
      assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
      assertEquals(
          "text/html; charset=utf-8", first.headers().firstValue("Content-Type").orElse(""));
      assertTrue(first.body().contains("We value your privacy"), "consent wall script");
      HttpResponse<String> second = client.get("/events/aurora-live");
      assertTrue(second.headers().firstValue("Set-Cookie").isEmpty(), "session kept");
    }
  }

  @Test
  void unknownPathsAndMethodsGetErrorPages() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(1)))) {
      ShopClient client = new ShopClient(shop);

      HttpResponse<String> missing = client.get("/events/other-show");
      assertEquals(404, missing.statusCode());
      assertTrue(missing.body().contains("We can&#39;t find that page"), missing.body());
      HttpResponse<String> wrongMethod = client.post("/events/aurora-live", Map.of());
      assertEquals(405, wrongMethod.statusCode());
      assertEquals("GET", wrongMethod.headers().firstValue("Allow").orElse(""));
      assertEquals(400, client.postJson("/security-check/verify", "{not json").statusCode());
      assertEquals(200, client.get("/").statusCode(), "still serving after errors");
    }
  }

  @Test
  void configDefaultsMatchTheDocumentedOnes() {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofSeconds(30));

    assertEquals(60, config.stock());
    assertEquals(4, config.perCustomerLimit());
    assertEquals(Duration.ofSeconds(3), config.rivalDelay());
    assertEquals(2.0, config.rivalTicketsPerSecond());
    assertEquals(0, config.port());
    assertEquals(Duration.ofMinutes(10), config.holdTime());
    assertEquals(7, config.withStock(7).stock());
    assertEquals(2, config.withPerCustomerLimit(2).perCustomerLimit());
    assertEquals(5.0, config.withRivals(Duration.ZERO, 5).rivalTicketsPerSecond());
    assertEquals(8080, config.withPort(8080).port());
    assertThrows(IllegalArgumentException.class, () -> config.withStock(-1));
    assertThrows(IllegalArgumentException.class, () -> config.withPerCustomerLimit(0));
    assertThrows(IllegalArgumentException.class, () -> config.withRivals(Duration.ZERO, -1));
    assertThrows(IllegalArgumentException.class, () -> config.withPort(70_000));
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
    }
  }
}
