package dev.errand.bench;

import dev.errand.demo.DemoShop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The floor: the fastest any client could be. A plain JDK HTTP client opens the event page (for the
 * session cookie and a warm connection), then sends {@code POST /basket} exactly at the shop's
 * release instant, which it knows from the shop's true skew, waiting with park-then-spin.
 */
public final class FloorStrategy implements Strategy {

  static final String FORM = "type=standing&quantity=2";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Override
  public String name() {
    return BenchReport.FLOOR;
  }

  @Override
  public Duration setUp() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Strike strike(DemoShop shop) throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest post =
        HttpRequest.newBuilder(shop.url().resolve("basket"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(FORM))
            .build();
    send(client, HttpRequest.newBuilder(shop.eventUrl()).timeout(TIMEOUT).GET().build());
    Instant trueRelease = shop.releaseAt().minus(shop.config().skew());
    PreciseWait.until(trueRelease);
    send(client, post);
    return Strike.plain();
  }

  private static void send(HttpClient client, HttpRequest request) throws InterruptedException {
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "floor: " + request.method() + " " + request.uri().getRawPath() + " failed: " + e, e);
    }
  }
}
