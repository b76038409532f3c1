package dev.errand.timing.sync;

import static java.util.Objects.requireNonNull;

import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.polite.RetryAfter;
import dev.errand.timing.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Estimates a site's clock from its HTTP {@code Date} headers, to a few milliseconds although
 * {@code Date} has one-second resolution.
 *
 * <p>Each answer sent at local t0 and received at t3 with {@code Date} S bounds the offset ({@code
 * site − local}): {@code S − t3 <= offset < S + 1 s − t0}. The bounds of all probes are
 * intersected, and each next probe is timed to reach the site just as its clock turns a second if
 * the offset were the middle of what is left (see {@link ProbePlanner}): the interval about halves
 * with each probe, down to about one round trip. A sub-second {@code X-Timer} stamp (Fastly), when
 * present, is used instead of {@code Date}. Answers from a cache ({@code Age} > 0) are ignored.
 * These bounds are rigorous: a server that stamps {@code Date} late (after rendering a slow page)
 * widens them or shifts the estimate, but never moves the lower bound past the truth, and the
 * never-early margin is taken from that bound.
 *
 * <p>Politeness: every request takes its turn from the run's {@link RequestBudget}, shared with the
 * browser's page loads, so all of errand sends a site at most one request a second and nothing
 * inside a {@code Retry-After} window; a 429, 503 or other 5xx answer is not used and leaves the
 * site alone for its {@code Retry-After} (or a backoff). A sync that cannot finish politely stops
 * with what it has (a wider margin, said in a warning) or fails; it never probes harder. The first
 * request only opens the connection; the next few try the site's URL, {@code /robots.txt} and
 * {@code /favicon.ico}, and the rest go to whichever answered fastest (least server time).
 *
 * <p>Bisection alone would settle between the clocks of servers that disagree, so a few
 * cross-checks aimed just outside the final interval follow: the result says when readings
 * contradict each other (several servers with different clocks) instead of hiding it. Servers
 * closer than about a round trip cannot be told apart. Re-sync shortly before a sale, but not in
 * its last seconds.
 */
public final class ClockSync {

  private static final int FAILURES_IN_A_ROW = 3;
  private static final int REFUSALS_IN_A_ROW = 3;
  private static final int STALLED_PROBES = 5;
  private static final int PROBES_BEFORE_GIVING_UP = 6;
  private static final double RTT_FLOOR_FACTOR = 1.25;

  /**
   * Probes are timed, and the sync judged narrow enough, by the round trips of the last few probes,
   * so a sync that began while the machine was busy (a browser starting) goes on narrowing once it
   * is quiet.
   */
  private static final int RECENT_RTTS = 3;

  private static final int MIN_PROBES_FOR_CHECKS = 12;

  private final URI site;
  private final Probe probe;
  private final LocalTimeline timeline;
  private final Sleeper sleeper;
  private final Options options;
  private final ProbePlanner planner;
  private final RequestBudget budget;
  private final String key;
  private final List<URI> targets;

  /**
   * How hard to try.
   *
   * @param maxProbes the most requests to send, the warm-up included: 2 to {@link #MAX_PROBES}
   * @param targetWidth stop once the offset is known to within this (±half of it)
   * @param minSpacing the least time between two probes: at least {@link #MIN_SPACING}
   * @param probeTimeout how long one probe may wait for an answer
   * @param timeLimit no probe is sent later than this after the sync began
   * @param thisMachineOnly for a site on this machine only (a loopback address), where {@code
   *     minSpacing} may be less than {@link #MIN_SPACING}: see {@link #withPacing}
   */
  public record Options(
      int maxProbes,
      Duration targetWidth,
      Duration minSpacing,
      Duration probeTimeout,
      Duration timeLimit,
      boolean thisMachineOnly) {

    /** The hard cap on requests per sync. */
    public static final int MAX_PROBES = 30;

    /** Politeness: never more than one probe a second. */
    public static final Duration MIN_SPACING = RequestBudget.SPACING;

    /** How long a sync may take by default. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /** Checks the limits; throws {@link IllegalArgumentException} with the allowed range. */
    public Options {
      Objects.requireNonNull(targetWidth, "targetWidth");
      Objects.requireNonNull(minSpacing, "minSpacing");
      Objects.requireNonNull(probeTimeout, "probeTimeout");
      Objects.requireNonNull(timeLimit, "timeLimit");
      if (maxProbes < 2 || maxProbes > MAX_PROBES) {
        throw new IllegalArgumentException("maxProbes must be 2.." + MAX_PROBES + ": " + maxProbes);
      }
      if (targetWidth.isNegative() || targetWidth.isZero()) {
        throw new IllegalArgumentException("targetWidth must be positive: " + targetWidth);
      }
      if (thisMachineOnly
          ? minSpacing.isNegative() || minSpacing.isZero()
          : minSpacing.compareTo(MIN_SPACING) < 0) {
        throw new IllegalArgumentException(
            "minSpacing must be at least " + MIN_SPACING.toMillis() + " ms: " + minSpacing);
      }
      if (probeTimeout.isNegative() || probeTimeout.isZero()) {
        throw new IllegalArgumentException("probeTimeout must be positive: " + probeTimeout);
      }
    }

    /** 30 probes at most, 2 ms target width, 1 s spacing, 5 s per probe, within 60 s. */
    public static Options defaults() {
      return new Options(
          MAX_PROBES, Duration.ofMillis(2), MIN_SPACING, Duration.ofSeconds(5), TIME_LIMIT, false);
    }

    /** A copy with another probe limit (2 to 30). */
    public Options withMaxProbes(int newMaxProbes) {
      return new Options(
          newMaxProbes, targetWidth, minSpacing, probeTimeout, timeLimit, thisMachineOnly);
    }

    /** A copy with another target width. */
    public Options withTargetWidth(Duration newTargetWidth) {
      return new Options(
          maxProbes, newTargetWidth, minSpacing, probeTimeout, timeLimit, thisMachineOnly);
    }

    /** A copy with another spacing (1 s or more). */
    public Options withMinSpacing(Duration newMinSpacing) {
      return new Options(
          maxProbes, targetWidth, newMinSpacing, probeTimeout, timeLimit, thisMachineOnly);
    }

    /** A copy with another per-probe timeout. */
    public Options withProbeTimeout(Duration newProbeTimeout) {
      return new Options(
          maxProbes, targetWidth, minSpacing, newProbeTimeout, timeLimit, thisMachineOnly);
    }

    /**
     * A copy spaced as {@code pacing} says; one spaced less than {@link #MIN_SPACING} is for a site
     * on this machine only ({@link Pacing#THIS_MACHINE}), and a sync of any other site refuses it.
     */
    public Options withPacing(Pacing pacing) {
      boolean faster = pacing.spacing().compareTo(MIN_SPACING) < 0;
      return new Options(maxProbes, targetWidth, pacing.spacing(), probeTimeout, timeLimit, faster);
    }

    /** A copy that sends no probe later than {@code newTimeLimit} after the sync began. */
    public Options withTimeLimit(Duration newTimeLimit) {
      return new Options(
          maxProbes, targetWidth, minSpacing, probeTimeout, newTimeLimit, thisMachineOnly);
    }
  }

  /**
   * A sync of {@code site}'s clock through {@code probe}, on {@code timeline}, waiting with {@code
   * sleeper}, taking each request's turn from {@code budget}: all four must share one {@code
   * nanoTime}.
   */
  public ClockSync(
      URI site,
      Probe probe,
      LocalTimeline timeline,
      Sleeper sleeper,
      Options options,
      RequestBudget budget) {
    this.site = Objects.requireNonNull(site, "site");
    this.probe = Objects.requireNonNull(probe, "probe");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.options = Objects.requireNonNull(options, "options");
    if (options.thisMachineOnly() && !Pacing.onThisMachine(site)) {
      throw new IllegalArgumentException(
          "a spacing under "
              + Options.MIN_SPACING.toMillis()
              + " ms is for a site on this machine only: "
              + site);
    }
    this.budget = Objects.requireNonNull(budget, "budget");
    this.planner = new ProbePlanner(options.minSpacing());
    this.key = RequestBudget.site(site);
    this.targets = targets(site);
  }

  /**
   * Syncs with {@code site} over HTTP(S), taking turns from a budget of its own: takes 15–45 s
   * (probes are at least a second apart).
   *
   * @throws ClockSyncException if the URL is not http(s), the site cannot be reached, refuses, or
   *     sends no usable {@code Date}
   */
  public static SyncResult sync(URI site, Options options) {
    return sync(site, options, RequestBudget.system());
  }

  /** As {@link #sync(URI, Options)}, sharing {@code budget} (on {@link System#nanoTime()}). */
  public static SyncResult sync(URI site, Options options, RequestBudget budget) {
    checkSite(site);
    LocalTimeline timeline = LocalTimeline.system();
    Probe http = new HttpProbe(options.probeTimeout(), timeline::nanoTime);
    return new ClockSync(site, http, timeline, Sleeper.precise(timeline::nanoTime), options, budget)
        .run();
  }

  /** The site's URL, then {@code /robots.txt} and {@code /favicon.ico} on its origin. */
  static List<URI> targets(URI site) {
    Set<URI> targets = new LinkedHashSet<>();
    targets.add(site);
    targets.add(site.resolve("/robots.txt"));
    targets.add(site.resolve("/favicon.ico"));
    return List.copyOf(targets);
  }

  /** Refuses anything but an absolute http or https URL with a host. */
  static void checkSite(URI site) {
    Objects.requireNonNull(site, "site");
    String scheme = site.getScheme() == null ? "" : site.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ClockSyncException(
          "cannot read the clock of '" + site + "': only http:// and https:// sites have one");
    }
    if (site.getHost() == null || site.getHost().isEmpty()) {
      throw new ClockSyncException("cannot read the clock of '" + site + "': the URL has no host");
    }
  }

  /**
   * Probes until the offset is known to the target width (or to about a round trip) or progress
   * stalls, then cross-checks it; stops early if readings contradict each other, at the probe
   * limit, at the time limit, and when the site refuses more than politeness allows.
   *
   * @throws ClockSyncException if the site cannot be reached, refuses every probe, or sends no
   *     usable {@code Date}
   */
  public SyncResult run() {
    return new Attempt().run();
  }

  /** The state of one run. */
  private final class Attempt {

    private final SampleBook book = new SampleBook(timeline);
    private final List<OffsetBounds> readings = new ArrayList<>();
    private final int checks =
        options.maxProbes() >= MIN_PROBES_FOR_CHECKS ? ProbePlanner.CHECKS : 0;
    private final Map<URI, Long> targetRtts = new LinkedHashMap<>();
    private final List<URI> candidates = new ArrayList<>(targets);
    private final long deadline = timeline.nanoTime() + options.timeLimit().toNanos();
    private @Nullable OffsetBounds bounds;
    private @Nullable String inconsistency;
    private @Nullable String stopped;
    private boolean sawClock;
    private boolean subSecond;
    private boolean sentAny;
    private long lastSent;
    private String lastMethod = "HEAD";
    private long warmRtt;
    private int failuresInRow;
    private int stalled;
    private int checksDone;
    private boolean warm;

    SyncResult run() {
      int number = 0;
      while (number < options.maxProbes() && inconsistency == null && stopped == null) {
        if (bounds == null && number > PROBES_BEFORE_GIVING_UP) {
          break;
        }
        boolean checking =
            bounds != null && (converged(bounds) || number >= options.maxProbes() - checks);
        if (checking && checksDone >= checks) {
          break;
        }
        long at = timeline.nanoTimeAt(sendAt(checking));
        if (at > deadline) {
          stopped =
              "out of time: no probe may go later than "
                  + TimeText.about(options.timeLimit())
                  + " after the sync began";
          break;
        }
        sleep(at);
        if (!budget.tryTake(key)) {
          continue; // another request to the site (a page load) took the turn: plan again
        }
        if (warm) {
          probe(number, checking);
        } else {
          warmUp(number);
        }
        number++;
      }
      if (bounds == null) {
        if (stopped != null) {
          throw new ClockSyncException("could not read the clock of " + site + ": " + stopped);
        }
        throw sawClock ? noUsableAnswer(book) : noDate();
      }
      return book.result(
          site,
          bounds,
          inconsistency,
          options.targetWidth(),
          checksDone > 0,
          path(best()),
          stopped);
    }

    /** The first request (and any after a refusal of it): opens the connection, timing unused. */
    private void warmUp(int number) {
      URI target = targets.get(0);
      ProbeReply reply;
      try {
        reply = probe.send(target);
      } catch (IOException e) {
        throw new ClockSyncException(
            "could not reach " + site + ": " + Failures.describe(e, options.probeTimeout()), e);
      } catch (InterruptedException e) {
        throw interrupted();
      }
      ReplyReader.Reading reading = answered(number, reply, target);
      if (reading == null) {
        return;
      }
      warm = true;
      book.answered(number, Sample.Use.WARM_UP, reply, reading, null, path(target));
      sawClock = hasClock(reading);
      warmRtt = reply.rttNanos();
    }

    /** Narrow to the target, or to about a round trip (it cannot get much less), or stalled. */
    private boolean converged(OffsetBounds bounds) {
      long rttFloor = (long) (book.recentRttNanos(RECENT_RTTS, 0) * RTT_FLOOR_FACTOR);
      long stopWidth = Math.max(options.targetWidth().toNanos(), rttFloor);
      return bounds.widthNanos() <= stopWidth || stalled >= STALLED_PROBES;
    }

    private long sendAt(boolean checking) {
      long allowed = budget.earliest(key);
      long now =
          allowed == Long.MIN_VALUE
              ? timeline.now()
              : Math.max(timeline.now(), timeline.epochNanos(allowed));
      if (!sentAny) {
        return now;
      }
      long last = timeline.epochNanos(lastSent);
      long rtt = book.recentRttNanos(RECENT_RTTS, warmRtt);
      if (bounds == null || subSecond || !warm) {
        return planner.asap(now, last);
      }
      return checking
          ? planner.check(bounds, checksDone, rtt, now, last)
          : planner.bisect(bounds, rtt, now, last);
    }

    /** A target not yet timed, else the one that answered fastest. */
    private URI next() {
      for (URI candidate : candidates) {
        if (!targetRtts.containsKey(candidate)) {
          return candidate;
        }
      }
      return best();
    }

    /** The target that answered fastest (least server time), the site's URL before any did. */
    private URI best() {
      return targetRtts.entrySet().stream()
          .min(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(targets.get(0));
    }

    private void probe(int number, boolean checking) {
      URI target = next();
      long sent = timeline.nanoTime();
      if (checking) {
        checksDone++;
      }
      ProbeReply reply;
      try {
        reply = probe.send(target);
      } catch (IOException e) {
        failed(number, target, sent, e);
        return;
      } catch (InterruptedException e) {
        throw interrupted();
      }
      failuresInRow = 0;
      ReplyReader.Reading reading = answered(number, reply, target);
      if (reading == null) {
        return;
      }
      sawClock |= hasClock(reading);
      if (reading.use() != Sample.Use.USED) {
        book.answered(number, reading.use(), reply, reading, bounds, path(target));
        if (!sawClock) {
          throw noDate();
        }
        return;
      }
      targetRtts.merge(target, reply.rttNanos(), Math::min);
      subSecond = reading.subSecond();
      OffsetBounds read = requireNonNull(reading.bounds()); // a used reading bounds the offset
      readings.add(read);
      OffsetBounds before = bounds;
      OffsetBounds next = before == null ? read : before.intersect(read);
      if (before != null && next.isEmpty()) { // one reading alone is never empty
        inconsistency = contradiction(number, before, read);
        bounds = hull(readings);
        book.answered(number, Sample.Use.CONTRADICTS, reply, reading, bounds, path(target));
        return;
      }
      boolean narrowed = bounds == null || next.widthNanos() < bounds.widthNanos() * 0.95;
      stalled = narrowed ? 0 : stalled + 1;
      bounds = next;
      book.answered(
          number,
          checking ? Sample.Use.CHECK : Sample.Use.USED,
          reply,
          reading,
          bounds,
          path(target));
    }

    /** What an answer says; null when the site refused (booked and left alone by then). */
    private ReplyReader.@Nullable Reading answered(int number, ProbeReply reply, URI target) {
      sentAny = true;
      lastSent = reply.sentNanos();
      lastMethod = reply.method();
      ReplyReader.Reading reading = read(reply);
      if (refused(number, reply, reading, target)) {
        return null;
      }
      budget.answered(key);
      return reading;
    }

    /** No answer: backs off, drops a target that never answered, gives up after a few. */
    private void failed(int number, URI target, long sent, IOException e) {
      String why = Failures.describe(e, options.probeTimeout());
      book.failed(number, lastMethod, sent, timeline.nanoTime(), why, bounds, path(target));
      lastSent = sent;
      if (candidates.size() > 1 && !targetRtts.containsKey(target)) {
        candidates.remove(target);
      }
      budget.refused(key, Optional.empty());
      if (++failuresInRow >= FAILURES_IN_A_ROW) {
        String what =
            "could not reach " + site + ": " + why + " (" + failuresInRow + " probes in a row)";
        if (bounds == null) {
          throw new ClockSyncException(what, e);
        }
        stopped = what;
      }
    }

    /**
     * Whether the site refused ({@link RequestBudget#refusal}): then the answer's {@code Date} is
     * not used, the budget keeps the site's {@code Retry-After} (or a backoff), and the sync stops
     * when that wait is too long or the site refused too often in a row.
     */
    private boolean refused(int number, ProbeReply reply, ReplyReader.Reading reading, URI target) {
      if (!RequestBudget.refusal(reply.status())) {
        return false;
      }
      String retryAfter = reply.headers().firstValue("Retry-After").orElse(null);
      Optional<Duration> asked =
          RetryAfter.parse(retryAfter, reading.date(), timeline.instant(reply.receivedNanos()));
      Duration wait = budget.refused(key, asked);
      String note =
          "status "
              + reply.status()
              + (asked.isPresent()
                  ? "; Retry-After " + TimeText.about(asked.get())
                  : retryAfter == null
                      ? "; no Retry-After"
                      : "; unreadable Retry-After '" + retryAfter + "'")
              + ": nothing sent for "
              + TimeText.about(wait);
      book.answered(
          number,
          Sample.Use.REFUSED,
          reply,
          new ReplyReader.Reading(
              Sample.Use.REFUSED,
              null,
              false,
              reading.date(),
              reading.age(),
              reading.timer(),
              note),
          bounds,
          path(target));
      String answered = "the site answered " + reply.status();
      if (wait.compareTo(RequestBudget.LONGEST_WAIT) > 0) {
        stopped =
            answered + " and asked errand to wait " + TimeText.about(wait) + ": too long to wait";
      } else if (timeline.nanoTime() + wait.toNanos() > deadline) {
        stopped =
            answered
                + " and asked errand to wait "
                + TimeText.about(wait)
                + ", past the time the sync has";
      } else if (budget.refusalsInRow(key) >= REFUSALS_IN_A_ROW) {
        stopped = answered + " to " + REFUSALS_IN_A_ROW + " requests in a row";
      }
      return true;
    }
  }

  private static String path(URI target) {
    String path = target.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private ReplyReader.Reading read(ProbeReply reply) {
    return ReplyReader.read(
        reply, timeline.epochNanos(reply.sentNanos()), timeline.epochNanos(reply.receivedNanos()));
  }

  private static boolean hasClock(ReplyReader.Reading reading) {
    return reading.date() != null || reading.timer() != null;
  }

  private void sleep(long deadline) {
    try {
      sleeper.sleepUntil(deadline);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  private static OffsetBounds hull(List<OffsetBounds> readings) {
    OffsetBounds all = readings.get(0);
    for (OffsetBounds reading : readings) {
      all = all.hull(reading);
    }
    return all;
  }

  private static String contradiction(int number, OffsetBounds before, OffsetBounds reading) {
    return "the site's clocks disagree: probe "
        + number
        + " puts the offset in "
        + reading
        + " but the probes before it in "
        + before
        + ", at least "
        + TimeText.about(Duration.ofNanos(before.gapNanos(reading)))
        + " apart (several servers with different clocks?)";
  }

  private ClockSyncException noDate() {
    return new ClockSyncException(site + " sends no Date header: cannot read its clock");
  }

  private ClockSyncException noUsableAnswer(SampleBook book) {
    if (book.count(Sample.Use.CACHED) > 0) {
      return new ClockSyncException(
          site + " answers only from a cache (Age > 0): cannot read its clock");
    }
    return new ClockSyncException(
        site + " gave no usable answer (no readable Date header): cannot read its clock");
  }

  private ClockSyncException interrupted() {
    Thread.currentThread().interrupt();
    return new ClockSyncException("clock sync with " + site + " was interrupted");
  }
}
