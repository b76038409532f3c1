package dev.errand.demo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shop's waiting room ({@link DemoShopConfig#waitingRoom()}), a queue in front of the event
 * page and every page that leads to buying, like Queue-it's.
 *
 * <p>It opens at {@code releaseAt} minus the wait (on the shop's clock), or at once if that has
 * passed. From then on a page load ({@code GET} or {@code POST} with {@code Sec-Fetch-Dest:
 * document} or none) of a guarded page by a session that has not passed is redirected {@code 302}
 * to {@code /queue?target=PATH} ({@code POST}s to the event page), and the session enters the
 * queue: its turn comes the wait after it entered. The {@link QueuePage} shows its place and asks
 * for it by itself; when its turn has come, the status sets the pass cookie {@link #PASS_COOKIE}
 * and sends the page on to its target, and from then on every page loads as usual. A guarded page
 * loaded after the turn came passes at once, with the cookie.
 *
 * <p>The place is kept by the session: loading the queue page again, or a guarded page, while
 * queued keeps it, but each is a reload while queued ({@link #reloadsWhileQueued()}). Thread-safe.
 */
final class WaitingRoom implements Gate {

  /** The queue page. */
  static final String PATH = "/queue";

  /** The queue page's status JSON. */
  static final String STATUS_PATH = "/__queue/status";

  /** The cookie a session gets when it is through, as Queue-it's connector names it. */
  static final String PASS_COOKIE = "QueueITAccepted-SDFrts345E-V3_aurora";

  /** The query parameter carrying the queue's token back to the target. */
  static final String TOKEN_PARAMETER = "queueittoken";

  /** How many visitors a second the room lets through, for the numbers it shows. */
  static final int VISITORS_PER_SECOND = 10;

  private static final Set<String> GUARDED =
      Set.of(AuroraEvent.PATH, "/basket", "/checkout", "/security-check", "/payment");
  private static final int FIRST_NUMBER = 1_000;
  private static final Pattern QUEUE_ID = Pattern.compile("QueueId(?:=|%3D)([A-Za-z0-9_-]+)");

  private final Duration wait;
  private final Instant opensAt;
  private final Map<String, Visitor> bySession = new ConcurrentHashMap<>();
  private final Map<String, Visitor> byQueueId = new ConcurrentHashMap<>();
  private final AtomicInteger entered = new AtomicInteger();
  private final AtomicInteger passes = new AtomicInteger();
  private final AtomicInteger reloads = new AtomicInteger();

  /**
   * @param wait how long each visitor waits; zero turns the room off
   * @param releaseAt the announced release, on the shop's clock
   */
  WaitingRoom(Duration wait, Instant releaseAt) {
    this.wait = Objects.requireNonNull(wait, "wait");
    this.opensAt = releaseAt.minus(wait);
  }

  /** One session in the queue. Guarded by its own lock. */
  static final class Visitor {
    final String queueId;
    final int number;
    final long aheadAtEntry;
    final Instant enteredAt;
    final Instant turnAt;
    boolean passed;
    boolean expectingPage;

    Visitor(String queueId, int number, long aheadAtEntry, Instant enteredAt, Instant turnAt) {
      this.queueId = queueId;
      this.number = number;
      this.aheadAtEntry = aheadAtEntry;
      this.enteredAt = enteredAt;
      this.turnAt = turnAt;
    }
  }

  /** Whether the shop has a waiting room at all. */
  boolean isOn() {
    return !wait.isZero();
  }

  @Override
  public boolean letsThrough(ShopExchange ex) throws IOException {
    if (!isOn() || !guards(ex) || ex.shopTime().isBefore(opensAt)) {
      return true;
    }
    Instant now = ex.shopTime();
    Visitor visitor = bySession.get(ex.session().id());
    if (visitor == null && passedByCookie(ex).isPresent()) {
      return true;
    }
    if (visitor == null) {
      visitor = enter(ex.session(), now);
    } else if (throughOrReloading(visitor, ex, now)) {
      return true;
    }
    synchronized (visitor) {
      visitor.expectingPage = true;
    }
    String target = ex.method().equals("GET") ? ex.target() : AuroraEvent.PATH;
    ex.found(PATH + "?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    return false;
  }

  /**
   * Whether a queued visitor loading a guarded page is through (passing it now if its turn has
   * come); if not, the load is a reload while queued.
   */
  private boolean throughOrReloading(Visitor visitor, ShopExchange ex, Instant now) {
    synchronized (visitor) {
      if (visitor.passed) {
        return true;
      }
      if (!now.isBefore(visitor.turnAt)) {
        pass(visitor, ex);
        return true;
      }
      reloads.incrementAndGet();
      return false;
    }
  }

  /**
   * The session's place for the queue page: entering the queue if it is not in it yet, and counting
   * a reload while queued if the page was loaded again without being sent there.
   */
  Visitor arrive(Session session, Instant now, boolean pageLoad) {
    Visitor visitor = bySession.get(session.id());
    if (visitor == null) {
      return enter(session, now);
    }
    synchronized (visitor) {
      if (!pageLoad) {
        return visitor;
      }
      if (visitor.expectingPage) {
        visitor.expectingPage = false;
      } else if (!visitor.passed && now.isBefore(visitor.turnAt)) {
        reloads.incrementAndGet();
      }
    }
    return visitor;
  }

  /** The session's place, if it is in the queue. */
  Optional<Visitor> visitor(Session session) {
    return Optional.ofNullable(bySession.get(session.id()));
  }

  /** Lets the visitor through if its turn has come: the pass cookie is set on {@code ex}. */
  boolean passIfDue(Visitor visitor, ShopExchange ex) {
    synchronized (visitor) {
      if (!visitor.passed && !ex.shopTime().isBefore(visitor.turnAt)) {
        pass(visitor, ex);
      }
      return visitor.passed;
    }
  }

  /** How many are still ahead of the visitor at {@code now}: down to 0 when its turn comes. */
  long ahead(Visitor visitor, Instant now) {
    long leftNanos = Math.max(0, Duration.between(now, visitor.turnAt).toNanos());
    long totalNanos = Math.max(1, wait.toNanos());
    return (visitor.aheadAtEntry * leftNanos + totalNanos - 1) / totalNanos;
  }

  /** How long the visitor still waits at {@code now}; zero once its turn has come. */
  Duration left(Visitor visitor, Instant now) {
    Duration left = Duration.between(now, visitor.turnAt);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** How far through its wait the visitor is at {@code now}, 0..1. */
  double progress(Visitor visitor, Instant now) {
    return 1.0 - (double) left(visitor, now).toNanos() / Math.max(1, wait.toNanos());
  }

  /** The token the queue sends back to the target with the visitor, as Queue-it does. */
  String token(Visitor visitor) {
    return "e_aurora~q_" + visitor.queueId + "~ts_" + visitor.turnAt.getEpochSecond() + "~rt_queue";
  }

  /** Sessions that entered the queue. */
  int entered() {
    return entered.get();
  }

  /** Sessions let through, each once. */
  int passes() {
    return passes.get();
  }

  /** Loads of the queue page or of a guarded page by a session still waiting in the queue. */
  int reloadsWhileQueued() {
    return reloads.get();
  }

  private boolean guards(ShopExchange ex) {
    boolean pageLoad =
        ex.header("Sec-Fetch-Dest").map(d -> d.trim().equalsIgnoreCase("document")).orElse(true);
    String method = ex.method();
    return pageLoad
        && (method.equals("GET") || method.equals("POST"))
        && GUARDED.contains(ex.path());
  }

  private Visitor enter(Session session, Instant now) {
    return bySession.computeIfAbsent(
        session.id(),
        id -> {
          int n = entered.incrementAndGet();
          long ahead = Math.max(1, wait.toSeconds() * VISITORS_PER_SECOND);
          Visitor visitor =
              new Visitor(
                  Ids.token(12), FIRST_NUMBER + (int) ahead + n, ahead, now, now.plus(wait));
          byQueueId.put(visitor.queueId, visitor);
          return visitor;
        });
  }

  private Optional<Visitor> passedByCookie(ShopExchange ex) {
    return ex.cookie(PASS_COOKIE)
        .flatMap(WaitingRoom::queueId)
        .map(byQueueId::get)
        .filter(
            v -> {
              synchronized (v) {
                return v.passed;
              }
            });
  }

  /** The {@code QueueId} inside a pass cookie's value. */
  private static Optional<String> queueId(String cookie) {
    Matcher id = QUEUE_ID.matcher(cookie);
    return id.find() ? Optional.of(id.group(1)) : Optional.empty();
  }

  private void pass(Visitor visitor, ShopExchange ex) {
    visitor.passed = true;
    passes.incrementAndGet();
    String value =
        "EventId%3Daurora%26QueueId%3D"
            + visitor.queueId
            + "%26RedirectType%3Dqueue%26IssueTime%3D"
            + ex.shopTime().getEpochSecond();
    ex.addHeader("Set-Cookie", PASS_COOKIE + "=" + value + "; Path=/; SameSite=Lax");
  }
}
