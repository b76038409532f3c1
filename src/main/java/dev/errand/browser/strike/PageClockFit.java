package dev.errand.browser.strike;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a page's clock ({@code performance.timeOrigin + performance.now()}, in epoch milliseconds)
 * stands against errand's, from readings each bracketed by errand's clock before and after: the
 * page read its clock somewhere in between, so {@code page − after ≤ page clock − errand's ≤ page −
 * before}. The narrowest bracket is kept, and a target on errand's clock is mapped with the upper
 * bound: when the page's clock reaches the mapped time, errand's has reached the target, at most a
 * bracket's width later, never earlier.
 *
 * <p>Browsers coarsen that clock (Chromium: to 100 µs, with jitter), so a reading, and the page's
 * check of its clock at the target, may each run up to a grain ahead: the mapping adds both.
 */
public final class PageClockFit {

  /** The page clock's grain, as coarse as browsers make it without cross-origin isolation. */
  static final double GRAIN_MILLIS = 0.1;

  /**
   * One reading.
   *
   * @param before errand's clock just before asking
   * @param pageMillis what the page's clock read, epoch milliseconds
   * @param after errand's clock once the answer was back
   */
  public record Reading(Instant before, double pageMillis, Instant after) {
    Duration width() {
      return Duration.between(before, after);
    }
  }

  private final Reading best;

  private PageClockFit(Reading best) {
    this.best = best;
  }

  /** The fit of the narrowest of {@code readings}; empty when there are none. */
  public static Optional<PageClockFit> of(List<Reading> readings) {
    return readings.stream()
        .filter(r -> !r.after().isBefore(r.before()))
        .min((a, b) -> a.width().compareTo(b.width()))
        .map(PageClockFit::new);
  }

  /** At most this much late: the narrowest bracket's width. */
  public Duration spread() {
    return best.width();
  }

  /** The page's time, epoch milliseconds, at which errand's clock has surely reached {@code at}. */
  public double pageMillisFor(Instant at) {
    return best.pageMillis() + millis(Duration.between(best.before(), at)) + 2 * GRAIN_MILLIS;
  }

  private static double millis(Duration d) {
    return d.getSeconds() * 1e3 + d.getNano() / 1e6;
  }
}
