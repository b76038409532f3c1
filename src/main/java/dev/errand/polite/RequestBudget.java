package dev.errand.polite;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One request budget per site for a whole run, shared by the clock probes and the browser's page
 * loads: at most one request a second to a site from all of errand together, and none inside a
 * {@code Retry-After} window the site gave (or a backoff errand chose when it gave none). It
 * decides; callers wait in their own way (the browser must keep its events flowing) and then
 * {@linkplain #tryTake take} their turn. Times are {@code nanoTime} readings. Thread-safe.
 */
public final class RequestBudget {

  /**
   * The least time between two requests of errand's own to one site: one a second, with a tenth to
   * spare, so that a request that travels faster than the one before it still reaches the site a
   * second later.
   */
  public static final Duration SPACING = Duration.ofMillis(1_100);

  /** A {@code Retry-After} longer than this is not waited out: the caller gives up instead. */
  public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  private final LongSupplier nanoTime;
  private final Backoff backoff;
  private final long spacingNanos;
  private final Map<String, Site> sites = new HashMap<>();

  /** The state of one site. */
  private static final class Site {
    long last = Long.MIN_VALUE;
    long blockedUntil = Long.MIN_VALUE;
    int refusalsInRow;
    int requests;
    int refusals;
    int pageLoads;
    int retries;
    long retryAfterNanos;
    long backoffNanos;
    long refusingSince;
    final LoadWindow loads = new LoadWindow();

    /** A page load (or probe) that went at {@code at}. */
    void load(long at) {
      requests++;
      pageLoads++;
      loads.add(at);
    }
  }

  /** One request a second per site, on {@code nanoTime}, backing off as {@code backoff} says. */
  public RequestBudget(LongSupplier nanoTime, Backoff backoff) {
    this(nanoTime, backoff, SPACING);
  }

  /**
   * With another spacing: for tests whose pages are fixtures, not a site errand must be polite to
   * (a run always uses {@link #SPACING}).
   */
  public RequestBudget(LongSupplier nanoTime, Backoff backoff, Duration spacing) {
    this.nanoTime = nanoTime;
    this.backoff = backoff;
    this.spacingNanos = spacing.toNanos();
  }

  /** On {@link System#nanoTime()}, with a jittered backoff. */
  public static RequestBudget system() {
    return new RequestBudget(System::nanoTime, Backoff.jittered());
  }

  /** The key of {@code url}'s site: its scheme's host and port, lower case. */
  public static String site(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return host + ":" + port;
  }

  /**
   * Whether an answer with {@code status} is the site refusing, or too busy to answer: 429 Too Many
   * Requests, or any 5xx. Its {@code Date} is not a reading to trust, and the site is left alone
   * for a while.
   */
  public static boolean refusal(int status) {
    return status == 429 || (status >= 500 && status <= 599);
  }

  /** The {@code nanoTime} from which a request to {@code site} may go. */
  public synchronized long earliest(String site) {
    Site s = sites.get(site);
    if (s == null) {
      return Long.MIN_VALUE;
    }
    long spaced = s.last == Long.MIN_VALUE ? Long.MIN_VALUE : s.last + spacingNanos;
    return Math.max(spaced, s.blockedUntil);
  }

  /** How long until a request to {@code site} may go: zero when it may now. */
  public Duration wait(String site) {
    long earliest = earliest(site);
    if (earliest == Long.MIN_VALUE) {
      return Duration.ZERO;
    }
    long left = earliest - nanoTime.getAsLong();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /** Takes the turn for one request to {@code site} if it may go now; says whether it did. */
  public synchronized boolean tryTake(String site) {
    long now = nanoTime.getAsLong();
    if (now < earliest(site)) {
      return false;
    }
    Site s = sites.computeIfAbsent(site, k -> new Site());
    s.last = now;
    s.load(now);
    return true;
  }

  /**
   * Counts a request that went without asking (a page's own navigation, a form it submitted): the
   * next request of errand's own keeps its distance from it.
   */
  public synchronized void record(String site, long atNanos) {
    Site s = sites.computeIfAbsent(site, k -> new Site());
    s.last = Math.max(s.last, atNanos);
    s.load(atNanos);
  }

  /**
   * Counts a request the browser sent to follow a redirect: a request of the same page load, not a
   * new one, though the next request keeps its distance from it too.
   */
  public synchronized void followed(String site, long atNanos) {
    Site s = sites.computeIfAbsent(site, k -> new Site());
    s.last = Math.max(s.last, atNanos);
    s.requests++;
  }

  /** Counts a page load errand makes again after the site refused it. */
  public synchronized void retried(String site) {
    sites.computeIfAbsent(site, k -> new Site()).retries++;
  }

  /**
   * The site refused (429, 503, another 5xx): nothing goes to it for {@code retryAfter}, or, when
   * it gave none, for a backoff that grows with each refusal in a row. Returns the wait.
   */
  public synchronized Duration refused(String site, Optional<Duration> retryAfter) {
    Site s = sites.computeIfAbsent(site, k -> new Site());
    if (s.refusalsInRow == 0) {
      s.refusingSince = nanoTime.getAsLong();
    }
    s.refusalsInRow++;
    s.refusals++;
    s.last = Math.max(s.last, nanoTime.getAsLong());
    Duration wait = retryAfter.orElseGet(() -> backoff.after(s.refusalsInRow));
    if (retryAfter.isPresent()) {
      s.retryAfterNanos = Math.addExact(s.retryAfterNanos, Math.min(wait.toNanos(), 1L << 50));
    } else {
      s.backoffNanos = Math.addExact(s.backoffNanos, Math.min(wait.toNanos(), 1L << 50));
    }
    long until = nanoTime.getAsLong() + Math.min(wait.toNanos(), Long.MAX_VALUE / 4);
    s.blockedUntil = Math.max(s.blockedUntil, until);
    return wait;
  }

  /**
   * The site answered: the refusals in a row start again from none, and the next request keeps its
   * distance from this answer too. A request can leave well after it took its turn (a client's
   * first connection, a busy machine), but it reached the site before its answer came back: spaced
   * from the answer, two requests reach the site at least the spacing apart.
   */
  public synchronized void answered(String site) {
    Site s = sites.get(site);
    if (s != null) {
      s.refusalsInRow = 0;
      s.last = Math.max(s.last, nanoTime.getAsLong());
    }
  }

  /**
   * How long {@code site} has refused everything errand sent it (page loads and probes alike), from
   * the first of its refusals in a row until now; empty when its last answer served.
   */
  public synchronized Optional<Duration> refusingFor(String site) {
    Site s = sites.get(site);
    if (s == null || s.refusalsInRow == 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - s.refusingSince)));
  }

  /** How many refusals in a row {@code site} gave last. */
  public synchronized int refusalsInRow(String site) {
    Site s = sites.get(site);
    return s == null ? 0 : s.refusalsInRow;
  }

  /** Requests to {@code site} so far, errand's own and those recorded. */
  public synchronized int requests(String site) {
    Site s = sites.get(site);
    return s == null ? 0 : s.requests;
  }

  /** Refusals from {@code site} so far. */
  public synchronized int refusals(String site) {
    Site s = sites.get(site);
    return s == null ? 0 : s.refusals;
  }

  /** What each site was asked and answered so far, by site. */
  public synchronized List<SiteFigures> figures() {
    List<SiteFigures> all = new ArrayList<>();
    sites.forEach(
        (site, s) ->
            all.add(
                new SiteFigures(
                    site,
                    s.requests,
                    s.pageLoads,
                    s.loads.most(),
                    s.refusals,
                    s.retries,
                    Duration.ofNanos(s.retryAfterNanos),
                    Duration.ofNanos(s.backoffNanos))));
    all.sort(Comparator.comparing(SiteFigures::site));
    return all;
  }
}
