package dev.errand.timing.sync;

import java.time.Duration;

/**
 * Decides when to send the next probe, in local epoch nanoseconds. Pure arithmetic.
 *
 * <p>A {@code Date} header only says which second the site's clock was in, so the informative
 * moment is the site's tick-over. To bisect, a probe is timed to arrive (half a round trip after
 * sending) just as the site's clock turns a whole second if the offset is the middle of what is
 * still possible: whichever second the answer names, half of the interval goes.
 *
 * <p>Bisection alone cannot notice a site whose servers keep different clocks: it settles somewhere
 * between them. So once the interval is narrow, a few cross-checks aim just outside it, twice below
 * and twice above (so that servers taking turns are each met on both sides): a server whose offset
 * lies beyond the aim answers with a second that contradicts the interval.
 *
 * <p>Every probe waits at least the minimum spacing after the previous one.
 */
final class ProbePlanner {

  /** How many cross-checks follow the bisection. */
  static final int CHECKS = 4;

  private static final long SECOND = 1_000_000_000L;
  private static final long MIN_CHECK_MARGIN = 1_000_000L;

  private final long minSpacingNanos;

  ProbePlanner(Duration minSpacing) {
    this.minSpacingNanos = minSpacing.toNanos();
  }

  /** As soon as the spacing allows: for the first reading, and for sub-second stamps. */
  long asap(long nowNanos, long lastSentNanos) {
    return Math.max(nowNanos, lastSentNanos + minSpacingNanos);
  }

  /** To arrive at the site's tick-over if the offset is the middle of {@code bounds}. */
  long bisect(OffsetBounds bounds, long rttNanos, long nowNanos, long lastSentNanos) {
    return aimedAt(bounds.midpointNanos(), rttNanos, nowNanos, lastSentNanos);
  }

  /**
   * Cross-check number {@code check} (0-based): aimed a margin (1.5 round trips, at least 1 ms)
   * below {@code bounds} for checks 0 and 1, above for 2 and 3.
   */
  long check(OffsetBounds bounds, int check, long rttNanos, long nowNanos, long lastSentNanos) {
    long margin = Math.max(MIN_CHECK_MARGIN, Math.max(0, rttNanos) * 3 / 2);
    long aim = check % CHECKS < CHECKS / 2 ? bounds.loNanos() - margin : bounds.hiNanos() + margin;
    return aimedAt(aim, rttNanos, nowNanos, lastSentNanos);
  }

  /**
   * To arrive (half of {@code rttNanos} after sending) when the site's clock turns a whole second
   * if its offset is {@code offsetNanos}: the first such moment the spacing allows.
   */
  long aimedAt(long offsetNanos, long rttNanos, long nowNanos, long lastSentNanos) {
    long earliest = asap(nowNanos, lastSentNanos);
    long halfTrip = Math.max(0, rttNanos) / 2;
    // Arrival a: a + offset is a whole second, and a - halfTrip >= earliest.
    long second = -Math.floorDiv(-(earliest + halfTrip + offsetNanos), SECOND);
    return second * SECOND - offsetNanos - halfTrip;
  }
}
