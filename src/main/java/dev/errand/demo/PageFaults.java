package dev.errand.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The overloaded shop's front end ({@link DemoShopConfig#errorShare()}, {@link
 * DemoShopConfig#dropShare()}): a share of page loads fails with an error page or loses its
 * connection, before the shop acts on anything they ask, so a failing {@code POST /basket} holds
 * nothing.
 *
 * <p>A page load is a request with {@code Sec-Fetch-Dest: document} or with none (as for the {@link
 * RateLimiter}), of any path but the static files, the JSON API ({@code /api/}), the waiting room's
 * page and every {@code /__} path (frames, instrumentation, the queue's status). A {@code 503} that
 * carries {@code Retry-After} asks its IP to wait that long: a page load from it sooner is a
 * Retry-After violation (answered as usual, only counted). A browser may resend a request at once
 * when a kept-alive connection closes unanswered; the same request from the same IP within {@link
 * #RESEND_WINDOW} of a drop is dropped too, as part of the same page load, and not counted again
 * (nor by the rate limit). One sent later is a new page load. Thread-safe.
 */
final class PageFaults implements Gate {

  /** What a {@code 503} with {@code Retry-After} asks for. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  /** How soon a browser's own resend of a dropped request follows the drop. */
  static final Duration RESEND_WINDOW = Duration.ofMillis(250);

  private static final int MAX_CLIENTS = 4_096;

  private final FaultDraw draw;
  private final RateLimiter limiter;
  private final LongSupplier nanoTime;
  private final Map<InetAddress, Client> clients = new ConcurrentHashMap<>();
  private final AtomicInteger unavailable = new AtomicInteger();
  private final AtomicInteger okErrorPages = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();
  private final AtomicInteger retryAfterViolations = new AtomicInteger();

  /**
   * @param limiter told of every drop, so that a browser's resend of it is no new page load
   * @param nanoTime a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
   */
  PageFaults(FaultDraw draw, RateLimiter limiter, LongSupplier nanoTime) {
    this.draw = Objects.requireNonNull(draw, "draw");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public boolean letsThrough(ShopExchange ex) throws IOException {
    if (!draw.isOn() || !isPageLoad(ex)) {
      return true;
    }
    long now = nanoTime.getAsLong();
    String request = ex.method() + " " + ex.target();
    Client client = client(ex.client());
    synchronized (client) {
      if (client.retryAsked && now - client.retryNotBefore < 0) {
        retryAfterViolations.incrementAndGet();
      }
      if (request.equals(client.droppedRequest)
          && now - client.droppedAt <= RESEND_WINDOW.toNanos()) {
        ex.drop();
        return false;
      }
    }
    PageFault fault = draw.next();
    return switch (fault) {
      case NONE -> true;
      case DROP -> {
        dropped.incrementAndGet();
        synchronized (client) {
          client.droppedRequest = request;
          client.droppedAt = now;
        }
        drop(ex);
        yield false;
      }
      case UNAVAILABLE -> {
        unavailable.incrementAndGet();
        ex.markErrorPage();
        ex.html(503, ErrorPages.nginx());
        yield false;
      }
      case UNAVAILABLE_RETRY_AFTER -> {
        unavailable.incrementAndGet();
        synchronized (client) {
          client.retryAsked = true;
          client.retryNotBefore = now + RETRY_AFTER.toNanos();
        }
        ex.addHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        ex.markErrorPage();
        ex.html(
            503, ErrorPages.cdn(ex.header("Host").orElse("127.0.0.1"), RETRY_AFTER.toSeconds()));
        yield false;
      }
      case ERROR_PAGE_OK -> {
        okErrorPages.incrementAndGet();
        ex.markErrorPage();
        ex.html(200, ErrorPages.busy(ex.method().equals("GET") ? ex.target() : AuroraEvent.PATH));
        yield false;
      }
    };
  }

  private void drop(ShopExchange ex) {
    limiter.dropped(ex.client(), ex.method(), ex.path());
    ex.drop();
  }

  /** Page loads answered {@code 503 Service Unavailable}. */
  int unavailable() {
    return unavailable.get();
  }

  /** Page loads answered {@code 200 OK} with an error page. */
  int okErrorPages() {
    return okErrorPages.get();
  }

  /** Page loads whose connection closed without an answer (a browser's resend not counted). */
  int dropped() {
    return dropped.get();
  }

  /** Page loads sooner than a {@code 503}'s {@code Retry-After} asked of their IP. */
  int retryAfterViolations() {
    return retryAfterViolations.get();
  }

  static boolean isPageLoad(ShopExchange ex) {
    Optional<String> dest = ex.header("Sec-Fetch-Dest");
    if (dest.isPresent() && !dest.get().trim().equalsIgnoreCase("document")) {
      return false;
    }
    String path = ex.path();
    return !path.startsWith("/__")
        && !path.startsWith("/api/")
        && !path.equals(StaticFiles.ROBOTS_PATH)
        && !path.equals(StaticFiles.FAVICON_PATH)
        && !path.equals(WaitingRoom.PATH);
  }

  private Client client(InetAddress ip) {
    if (clients.size() >= MAX_CLIENTS) {
      clients.clear();
    }
    return clients.computeIfAbsent(ip, k -> new Client());
  }

  /** What the front end remembers of one IP. Guarded by its own lock. */
  private static final class Client {
    boolean retryAsked;
    long retryNotBefore;
    @Nullable String droppedRequest;
    long droppedAt;
  }
}
