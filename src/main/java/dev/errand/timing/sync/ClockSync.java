package dev.errand.timing.sync;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 * Probes go at most one per {@link Options#minSpacing()}; the first request only opens the
 * connection.
 *
 * <p>Bisection alone would settle between the clocks of servers that disagree, so a few
 * cross-checks aimed just outside the final interval follow: the result says when readings
 * contradict each other (several servers with different clocks) instead of hiding it. Servers
 * closer than about a round trip cannot be told apart. Re-sync shortly before a sale, but not in
 * its last seconds.
 */
public final class ClockSync {

  private static final int FAILURES_IN_A_ROW = 3;
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

  /**
   * How hard to try.
   *
   * @param maxProbes the most requests to send, the warm-up included: 2 to {@link #MAX_PROBES}
   * @param targetWidth stop once the offset is known to within this (±half of it)
   * @param minSpacing the least time between two probes: at least {@link #MIN_SPACING}
   * @param probeTimeout how long one probe may wait for an answer
   */
  public record Options(
      int maxProbes, Duration targetWidth, Duration minSpacing, Duration probeTimeout) {

    /** The hard cap on requests per sync. */
    public static final int MAX_PROBES = 30;

    /** Politeness: never more than two probes a second. */
    public static final Duration MIN_SPACING = Duration.ofMillis(500);

    /** Checks the limits; throws {@link IllegalArgumentException} with the allowed range. */
    public Options {
      Objects.requireNonNull(targetWidth, "targetWidth");
      Objects.requireNonNull(minSpacing, "minSpacing");
      Objects.requireNonNull(probeTimeout, "probeTimeout");
      if (maxProbes < 2 || maxProbes > MAX_PROBES) {
        throw new IllegalArgumentException("maxProbes must be 2.." + MAX_PROBES + ": " + maxProbes);
      }
      if (targetWidth.isNegative() || targetWidth.isZero()) {
        throw new IllegalArgumentException("targetWidth must be positive: " + targetWidth);
      }
      if (minSpacing.compareTo(MIN_SPACING) < 0) {
        throw new IllegalArgumentException(
            "minSpacing must be at least " + MIN_SPACING.toMillis() + " ms: " + minSpacing);
      }
      if (probeTimeout.isNegative() || probeTimeout.isZero()) {
        throw new IllegalArgumentException("probeTimeout must be positive: " + probeTimeout);
      }
    }

    /** 30 probes at most, 2 ms target width, 500 ms spacing, 5 s per probe. */
    public static Options defaults() {
      return new Options(MAX_PROBES, Duration.ofMillis(2), MIN_SPACING, Duration.ofSeconds(5));
    }

    /** A copy with another probe limit (2 to 30). */
    public Options withMaxProbes(int newMaxProbes) {
      return new Options(newMaxProbes, targetWidth, minSpacing, probeTimeout);
    }

    /** A copy with another target width. */
    public Options withTargetWidth(Duration newTargetWidth) {
      return new Options(maxProbes, newTargetWidth, minSpacing, probeTimeout);
    }

    /** A copy with another spacing (500 ms or more). */
    public Options withMinSpacing(Duration newMinSpacing) {
      return new Options(maxProbes, targetWidth, newMinSpacing, probeTimeout);
    }

    /** A copy with another per-probe timeout. */
    public Options withProbeTimeout(Duration newProbeTimeout) {
      return new Options(maxProbes, targetWidth, minSpacing, newProbeTimeout);
    }
  }

  /**
   * A sync of {@code site}'s clock through {@code probe}, on {@code timeline}, waiting with {@code
   * sleeper}: all three must share one {@code nanoTime}.
   */
  public ClockSync(
      URI site, Probe probe, LocalTimeline timeline, Sleeper sleeper, Options options) {
    this.site = Objects.requireNonNull(site, "site");
    this.probe = Objects.requireNonNull(probe, "probe");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.options = Objects.requireNonNull(options, "options");
    this.planner = new ProbePlanner(options.minSpacing());
  }

  /**
   * Syncs with {@code site} over HTTP(S): takes 5–20 s (probes are about a second apart).
   *
   * @throws ClockSyncException if the URL is not http(s), the site cannot be reached, or it sends
   *     no usable {@code Date}
   */
  public static SyncResult sync(URI site, Options options) {
    checkSite(site);
    LocalTimeline timeline = LocalTimeline.system();
    Probe http = new HttpProbe(site, options.probeTimeout(), timeline::nanoTime);
    return new ClockSync(site, http, timeline, Sleeper.precise(timeline::nanoTime), options).run();
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
   * stalls, then cross-checks it; stops early if readings contradict each other, and at the probe
   * limit.
   *
   * @throws ClockSyncException if the site cannot be reached or sends no usable {@code Date}
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
    private OffsetBounds bounds;
    private String inconsistency;
    private boolean sawClock;
    private boolean subSecond;
    private long lastSent;
    private String lastMethod;
    private long warmRtt;
    private int failuresInRow;
    private int stalled;
    private int checksDone;

    SyncResult run() {
      ProbeReply warm = warmUp();
      ReplyReader.Reading warmReading = read(warm);
      book.answered(0, Sample.Use.WARM_UP, warm, warmReading, null);
      sawClock = hasClock(warmReading);
      lastSent = warm.sentNanos();
      lastMethod = warm.method();
      warmRtt = warm.rttNanos();
      for (int number = 1; number < options.maxProbes() && inconsistency == null; number++) {
        if (bounds == null && number > PROBES_BEFORE_GIVING_UP) {
          break;
        }
        boolean checking =
            bounds != null && (converged() || number >= options.maxProbes() - checks);
        if (checking && checksDone >= checks) {
          break;
        }
        sleep(timeline.nanoTimeAt(sendAt(checking)));
        probe(number, checking);
      }
      if (bounds == null) {
        throw sawClock ? noUsableAnswer(book) : noDate();
      }
      return book.result(site, bounds, inconsistency, options.targetWidth(), checksDone > 0);
    }

    /** Narrow to the target, or to about a round trip (it cannot get much less), or stalled. */
    private boolean converged() {
      long rttFloor = (long) (book.recentRttNanos(RECENT_RTTS, 0) * RTT_FLOOR_FACTOR);
      long stopWidth = Math.max(options.targetWidth().toNanos(), rttFloor);
      return bounds.widthNanos() <= stopWidth || stalled >= STALLED_PROBES;
    }

    private long sendAt(boolean checking) {
      long now = timeline.now();
      long last = timeline.epochNanos(lastSent);
      long rtt = book.recentRttNanos(RECENT_RTTS, warmRtt);
      if (bounds == null || subSecond) {
        return planner.asap(now, last);
      }
      return checking
          ? planner.check(bounds, checksDone, rtt, now, last)
          : planner.bisect(bounds, rtt, now, last);
    }

    private void probe(int number, boolean checking) {
      long sent = timeline.nanoTime();
      if (checking) {
        checksDone++;
      }
      ProbeReply reply;
      try {
        reply = probe.send();
      } catch (IOException e) {
        String why = Failures.describe(e, options.probeTimeout());
        book.failed(number, lastMethod, sent, timeline.nanoTime(), why, bounds);
        lastSent = sent;
        if (++failuresInRow >= FAILURES_IN_A_ROW) {
          throw new ClockSyncException(
              "could not reach " + site + ": " + why + " (" + failuresInRow + " probes in a row)",
              e);
        }
        return;
      } catch (InterruptedException e) {
        throw interrupted();
      }
      failuresInRow = 0;
      lastSent = reply.sentNanos();
      lastMethod = reply.method();
      ReplyReader.Reading reading = read(reply);
      sawClock |= hasClock(reading);
      if (reading.use() != Sample.Use.USED) {
        book.answered(number, reading.use(), reply, reading, bounds);
        if (!sawClock) {
          throw noDate();
        }
        return;
      }
      subSecond = reading.subSecond();
      readings.add(reading.bounds());
      OffsetBounds next = bounds == null ? reading.bounds() : bounds.intersect(reading.bounds());
      if (next.isEmpty()) {
        inconsistency = contradiction(number, bounds, reading.bounds());
        bounds = hull(readings);
        book.answered(number, Sample.Use.CONTRADICTS, reply, reading, bounds);
        return;
      }
      boolean narrowed = bounds == null || next.widthNanos() < bounds.widthNanos() * 0.95;
      stalled = narrowed ? 0 : stalled + 1;
      bounds = next;
      book.answered(number, checking ? Sample.Use.CHECK : Sample.Use.USED, reply, reading, bounds);
    }
  }

  private ProbeReply warmUp() {
    try {
      return probe.send();
    } catch (IOException e) {
      throw new ClockSyncException(
          "could not reach " + site + ": " + Failures.describe(e, options.probeTimeout()), e);
    } catch (InterruptedException e) {
      throw interrupted();
    }
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
