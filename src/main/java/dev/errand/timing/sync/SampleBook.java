package dev.errand.timing.sync;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Keeps the samples of one sync and what they add up to: round trips, warnings, the result. */
final class SampleBook {

  private static final int FEW_PROBES = 3;

  private final LocalTimeline timeline;
  private final List<Sample> samples = new ArrayList<>();
  private final List<Long> rtts = new ArrayList<>();
  private final Map<Sample.Use, Integer> counts = new EnumMap<>(Sample.Use.class);
  private final Set<String> cdnHeaders = new LinkedHashSet<>();
  private final Set<Integer> errorStatuses = new TreeSet<>();
  private final Set<Integer> refusedStatuses = new TreeSet<>();
  private boolean fellBackToGet;
  private @Nullable String lastFailure;

  SampleBook(LocalTimeline timeline) {
    this.timeline = timeline;
  }

  /** Records an answered probe. */
  void answered(
      int number,
      Sample.Use use,
      ProbeReply reply,
      ReplyReader.Reading reading,
      @Nullable OffsetBounds after,
      String target) {
    if (use == Sample.Use.USED || use == Sample.Use.CHECK || use == Sample.Use.CONTRADICTS) {
      rtts.add(reply.rttNanos());
    }
    cdnHeaders.addAll(ReplyReader.cdnHeaders(reply.headers()));
    if (use == Sample.Use.REFUSED) {
      refusedStatuses.add(reply.status());
    } else if (reply.status() >= 400) {
      errorStatuses.add(reply.status());
    }
    fellBackToGet |= reply.method().equals("GET");
    add(
        new Sample(
            number,
            use,
            timeline.instant(reply.sentNanos()),
            timeline.instant(reply.receivedNanos()),
            reply.method(),
            reply.status(),
            reading.date(),
            reading.age(),
            reading.timer(),
            reading.bounds(),
            after,
            reading.note(),
            target));
  }

  /** Records a probe that got no answer. */
  void failed(
      int number,
      String method,
      long sentNanos,
      long failedNanos,
      String why,
      @Nullable OffsetBounds after,
      String target) {
    lastFailure = why;
    add(
        new Sample(
            number,
            Sample.Use.FAILED,
            timeline.instant(sentNanos),
            timeline.instant(failedNanos),
            method,
            0,
            null,
            null,
            null,
            null,
            after,
            why,
            target));
  }

  private void add(Sample sample) {
    samples.add(sample);
    counts.merge(sample.use(), 1, Integer::sum);
  }

  int count(Sample.Use use) {
    return counts.getOrDefault(use, 0);
  }

  /** The median round trip of the used probes, or {@code otherwise} before there is one. */
  long medianRttNanos(long otherwise) {
    return median(rtts, otherwise);
  }

  /**
   * The median of the last {@code n} round trips, {@code otherwise} before any: what a probe takes
   * now, once a burst of load (a browser starting) is over.
   */
  long recentRttNanos(int n, long otherwise) {
    return median(rtts.subList(Math.max(0, rtts.size() - n), rtts.size()), otherwise);
  }

  private static long median(List<Long> rtts, long otherwise) {
    if (rtts.isEmpty()) {
      return otherwise;
    }
    List<Long> sorted = new ArrayList<>(rtts);
    sorted.sort(null);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1) + (sorted.get(middle) - sorted.get(middle - 1)) / 2;
  }

  /**
   * The result for these samples, ending with {@code bounds}, probed at {@code target}; {@code
   * stopped} says why the sync ended before it was done, or is null.
   */
  SyncResult result(
      URI site,
      OffsetBounds bounds,
      @Nullable String inconsistency,
      Duration targetWidth,
      boolean checked,
      String target,
      @Nullable String stopped) {
    Duration rtt = Duration.ofNanos(medianRttNanos(0));
    List<String> warnings = new ArrayList<>();
    if (stopped != null) {
      warnings.add(
          "the sync stopped early ("
              + stopped
              + "): errand goes by the "
              + plural(count(Sample.Use.USED) + count(Sample.Use.CHECK), "probe")
              + " it has, with a margin of "
              + TimeText.atMost(bounds.halfWidth()));
    }
    warnings.addAll(warnings(bounds, inconsistency, targetWidth, rtt, checked));
    return new SyncResult(
        site,
        bounds.midpoint(),
        bounds.halfWidth(),
        bounds,
        rtt,
        samples.size(),
        samples,
        warnings,
        inconsistency,
        fellBackToGet,
        target);
  }

  private List<String> warnings(
      OffsetBounds bounds,
      @Nullable String inconsistency,
      Duration targetWidth,
      Duration rtt,
      boolean checked) {
    List<String> warnings = new ArrayList<>();
    if (inconsistency != null) {
      warnings.add(inconsistency);
    }
    if (!cdnHeaders.isEmpty()) {
      warnings.add(
          "this clock looks like a CDN edge's (answers carry "
              + String.join(", ", cdnHeaders)
              + "): the shop's own servers may keep a different time");
    }
    if (fellBackToGet) {
      warnings.add("the site refuses HEAD requests: probed with GET");
    }
    if (count(Sample.Use.CACHED) > 0) {
      warnings.add(plural(count(Sample.Use.CACHED), "cached answer") + " (Age > 0) ignored");
    }
    if (count(Sample.Use.NO_DATE) > 0) {
      warnings.add(
          plural(count(Sample.Use.NO_DATE), "answer") + " without a readable Date header ignored");
    }
    if (count(Sample.Use.FAILED) > 0) {
      warnings.add(
          plural(count(Sample.Use.FAILED), "probe") + " got no answer (last: " + lastFailure + ")");
    }
    if (!refusedStatuses.isEmpty()) {
      warnings.add(
          "the site refused "
              + plural(count(Sample.Use.REFUSED), "probe")
              + " (status "
              + refusedStatuses
              + "): their Date was not used, and errand sent nothing more until the site's"
              + " Retry-After (or a backoff) was over");
    }
    if (!errorStatuses.isEmpty()) {
      warnings.add("the site answered with status " + errorStatuses + "; its Date was used");
    }
    int used = count(Sample.Use.USED);
    if (used < FEW_PROBES) {
      warnings.add("only " + plural(used, "probe") + " could be used: the estimate is rough");
    }
    if (inconsistency == null && !checked) {
      warnings.add(
          "no probes were left to cross-check the site's clock: servers keeping different time"
              + " would go unnoticed");
    }
    if (bounds.halfWidth().compareTo(SyncResult.WIDE) > 0) {
      warnings.add(
          "the site's clock is known only to ±"
              + TimeText.atMost(bounds.halfWidth())
              + ": to be never early, errand acts up to "
              + TimeText.atMost(bounds.width())
              + " after the instant (round trip "
              + TimeText.about(rtt)
              + ")");
    } else if (inconsistency == null && bounds.width().compareTo(targetWidth) > 0) {
      warnings.add(
          "the estimate is ±"
              + TimeText.atMost(bounds.halfWidth())
              + ", not the ±"
              + TimeText.atMost(targetWidth.dividedBy(2))
              + " asked for (round trip "
              + TimeText.about(rtt)
              + ")");
    }
    return warnings;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
