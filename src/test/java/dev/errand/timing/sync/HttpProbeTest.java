package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP transport against a local server: HEAD refused, one connection, plain errors. */
class HttpProbeTest {

  private final List<String> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI serve(boolean refuseHead, long delayMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(
        "/",
        exchange -> {
          seen.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Range")
                  + " from "
                  + exchange.getRemoteAddress().getPort());
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          boolean refused = refuseHead && exchange.getRequestMethod().equals("HEAD");
          exchange.sendResponseHeaders(refused ? 405 : 200, -1);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void fallsBackToASmallGetWhenHeadIsRefusedAndKeepsOneConnection() throws Exception {
    URI site = serve(true, 0);
    HttpProbe probe = new HttpProbe(Duration.ofSeconds(5), System::nanoTime);

    ProbeReply first = probe.send(site);
    ProbeReply second = probe.send(site);

    assertEquals("GET", first.method());
    assertEquals(200, first.status());
    assertEquals("GET", second.method());
    assertTrue(first.headers().firstValue("Date").isPresent(), "the server's Date");
    assertTrue(second.receivedNanos() >= second.sentNanos());
    assertEquals(3, seen.size(), seen::toString);
    assertTrue(seen.get(0).startsWith("HEAD null"), seen::toString);
    assertTrue(seen.get(1).startsWith("GET bytes=0-0"), seen::toString);
    assertTrue(seen.get(2).startsWith("GET bytes=0-0"), "HEAD is not tried again: " + seen);
    String port = seen.get(0).substring(seen.get(0).lastIndexOf(' '));
    assertTrue(seen.stream().allMatch(s -> s.endsWith(port)), "one connection: " + seen);
  }

  @Test
  void aSiteThatIsNotListeningIsUnreachable() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    URI site = URI.create("http://127.0.0.1:" + port + "/");

    ClockSyncException e =
        assertThrows(
            ClockSyncException.class, () -> ClockSync.sync(site, ClockSync.Options.defaults()));

    assertEquals("could not reach " + site + ": connection refused", e.getMessage());
  }

  @Test
  void aSlowAnswerTimesOut() throws Exception {
    URI site = serve(false, 1_000);
    ClockSync.Options options =
        ClockSync.Options.defaults().withProbeTimeout(Duration.ofMillis(200));

    ClockSyncException e =
        assertThrows(ClockSyncException.class, () -> ClockSync.sync(site, options));

    assertEquals("could not reach " + site + ": no answer within 200 ms", e.getMessage());
  }
}
