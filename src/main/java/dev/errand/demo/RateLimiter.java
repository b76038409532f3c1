package dev.errand.demo;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The shop's limit on page loads per client IP ({@link DemoShopConfig#rateLimit()}), as an
 * overloaded shop's front door enforces one.
 *
 * <p>A page load is a request with {@code Sec-Fetch-Dest: document} (a top-level navigation) or
 * with no {@code Sec-Fetch-Dest} at all (a client that is not a browser); sub-resources never count
 * and are never limited. A {@code GET} of the path of the last redirect the shop sent the same IP,
 * within {@link #REDIRECT_GRACE}, belongs to the page load that was redirected: it neither counts
 * nor is limited; so does a browser's resend of a request the shop just {@linkplain #dropped
 * dropped} (the same method and path from the same IP within {@link PageFaults#RESEND_WINDOW}).
 * With a limit of N, a page load sooner than 1 s / N after the IP's last admitted one is refused
 * and shuts the IP out for {@link #SHUT_OUT}, during which every page load is refused. A violation
 * is a page load refused while shut out, or one sooner than 1 s / N after the IP's previous page
 * load, admitted or not. Thread-safe; each IP keeps a few numbers.
 */
final class RateLimiter {

  /** How long a refusal shuts an IP out; what {@code Retry-After} says. */
  static final Duration SHUT_OUT = Duration.ofSeconds(3);

  /** How soon after a redirect the {@code GET} following it must come to be part of its load. */
  static final Duration REDIRECT_GRACE = Duration.ofSeconds(2);

  private static final int MAX_CLIENTS = 4_096;
  private static final Duration FORGET_AFTER = Duration.ofMinutes(1);

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Map<InetAddress, Client> clients = new ConcurrentHashMap<>();
  private final AtomicInteger violations = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  /**
   * @param pageLoadsPerSecond the limit per IP; 0 admits everything
   * @param nanoTime a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
   */
  RateLimiter(int pageLoadsPerSecond, LongSupplier nanoTime) {
    if (pageLoadsPerSecond < 0) {
      throw new IllegalArgumentException("pageLoadsPerSecond must not be negative");
    }
    this.intervalNanos = pageLoadsPerSecond == 0 ? 0 : 1_000_000_000L / pageLoadsPerSecond;
    this.nanoTime = nanoTime;
  }

  /**
   * Whether a request may be answered; false means answer {@code 429}. Counts the request as the
   * class comment says.
   *
   * @param fetchDest the request's {@code Sec-Fetch-Dest}, if it sent one
   */
  boolean admits(InetAddress ip, String method, String path, Optional<String> fetchDest) {
    if (intervalNanos == 0 || !isPageLoad(fetchDest)) {
      return true;
    }
    long now = nanoTime.getAsLong();
    Client client = client(ip, now);
    synchronized (client) {
      client.lastSeen = now;
      if (method.equals("GET") && client.followsRedirect(path, now)) {
        return true;
      }
      if (client.resends(method + " " + path, now)) {
        return true;
      }
      boolean shutOut = client.shutOut && now - client.shutUntil < 0;
      boolean tooSoon = client.loaded && now - client.lastLoad < intervalNanos;
      client.loaded = true;
      client.lastLoad = now;
      if (shutOut || tooSoon) {
        violations.incrementAndGet();
      }
      if (shutOut) {
        refused.incrementAndGet();
        return false;
      }
      if (client.admitted && now - client.lastAdmitted < intervalNanos) {
        client.shutOut = true;
        client.shutUntil = now + SHUT_OUT.toNanos();
        refused.incrementAndGet();
        return false;
      }
      client.admitted = true;
      client.lastAdmitted = now;
      return true;
    }
  }

  /** Notes that the shop answered {@code ip} with a redirect to {@code location}. */
  void redirected(InetAddress ip, String location) {
    if (intervalNanos == 0) {
      return;
    }
    String path;
    try {
      path = URI.create(location).getPath();
    } catch (IllegalArgumentException e) {
      return;
    }
    long now = nanoTime.getAsLong();
    Client client = client(ip, now);
    synchronized (client) {
      client.lastSeen = now;
      client.redirectPath = path;
      client.redirectAt = now;
    }
  }

  /**
   * Notes that the shop closed the connection of {@code method path} from {@code ip} unanswered:
   * the browser's resend of it belongs to the same page load.
   */
  void dropped(InetAddress ip, String method, String path) {
    if (intervalNanos == 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    Client client = client(ip, now);
    synchronized (client) {
      client.lastSeen = now;
      client.droppedRequest = method + " " + path;
      client.droppedAt = now;
    }
  }

  /** How many page loads broke the limit (see the class comment). */
  int violations() {
    return violations.get();
  }

  /** How many requests were refused with {@code 429}. */
  int refused() {
    return refused.get();
  }

  private static boolean isPageLoad(Optional<String> fetchDest) {
    return fetchDest.map(dest -> dest.trim().equalsIgnoreCase("document")).orElse(true);
  }

  private Client client(InetAddress ip, long now) {
    if (clients.size() >= MAX_CLIENTS) {
      clients.values().removeIf(c -> c.idleLongerThan(FORGET_AFTER.toNanos(), now));
    }
    return clients.computeIfAbsent(ip, k -> new Client());
  }

  /** What the limiter remembers of one IP. Guarded by its own lock. */
  private static final class Client {
    boolean loaded;
    long lastLoad;
    boolean admitted;
    long lastAdmitted;
    boolean shutOut;
    long shutUntil;
    @Nullable String redirectPath;
    long redirectAt;
    @Nullable String droppedRequest;
    long droppedAt;
    long lastSeen;

    /** Whether a GET of {@code path} follows the last redirect; if so, that redirect is used up. */
    boolean followsRedirect(String path, long now) {
      if (redirectPath == null
          || !redirectPath.equals(path)
          || now - redirectAt > REDIRECT_GRACE.toNanos()) {
        return false;
      }
      redirectPath = null;
      return true;
    }

    /** Whether {@code request} resends the one just dropped (the window lasts for every resend). */
    boolean resends(String request, long now) {
      return request.equals(droppedRequest)
          && now - droppedAt <= PageFaults.RESEND_WINDOW.toNanos();
    }

    synchronized boolean idleLongerThan(long nanos, long now) {
      return now - lastSeen > nanos;
    }
  }
}
