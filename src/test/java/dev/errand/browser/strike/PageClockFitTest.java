package dev.errand.browser.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageClockFitTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static double millis(Instant i) {
    return i.getEpochSecond() * 1e3 + i.getNano() / 1e6;
  }

  /**
   * A reading taken from {@code before} for {@code widthMicros}, the page answering at {@code at}.
   */
  private static PageClockFit.Reading reading(
      long beforeMicros, long widthMicros, double answeredAt, double pageAheadMillis) {
    Instant before = T0.plusNanos(beforeMicros * 1000);
    Instant after = before.plusNanos(widthMicros * 1000);
    double trueMillis = millis(before) + answeredAt * widthMicros / 1000.0;
    return new PageClockFit.Reading(before, trueMillis + pageAheadMillis, after);
  }

  @Test
  void keepsTheNarrowestBracket() {
    PageClockFit fit =
        PageClockFit.of(
                List.of(
                    reading(0, 3000, 0.5, 0),
                    reading(5000, 700, 0.5, 0),
                    reading(9000, 2000, 0, 0)))
            .orElseThrow();
    assertEquals(Duration.ofNanos(700_000), fit.spread());
  }

  @Test
  void noReadingsNoFit() {
    assertFalse(PageClockFit.of(List.of()).isPresent());
  }

  @Test
  void theMappedTimeIsNeverBeforeTheTargetAndLateByAtMostTheSpreadAndTheGrain() {
    Random random = new Random(7);
    for (int trial = 0; trial < 2000; trial++) {
      double pageAhead = (random.nextDouble() - 0.5) * 40; // the page's clock off by ±20 ms
      List<PageClockFit.Reading> readings = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        readings.add(
            reading(i * 5000L, 200 + random.nextInt(8000), random.nextDouble(), pageAhead));
      }
      PageClockFit fit = PageClockFit.of(readings).orElseThrow();
      Instant target = T0.plusMillis(2000);
      // errand's clock when the page's clock reads the mapped time
      double errandsAtStart = fit.pageMillisFor(target) - pageAhead;
      double lateMillis = errandsAtStart - millis(target);
      assertTrue(lateMillis >= 0, "early by " + -lateMillis + " ms");
      double bound = fit.spread().toNanos() / 1e6 + 2 * PageClockFit.GRAIN_MILLIS + 1e-6;
      assertTrue(lateMillis <= bound, "late by " + lateMillis + " ms, bound " + bound);
    }
  }

  @Test
  void aBracketRunningBackwardsIsNotUsed() {
    PageClockFit.Reading backwards =
        new PageClockFit.Reading(T0.plusMillis(5), millis(T0), T0.plusMillis(4));
    assertFalse(PageClockFit.of(List.of(backwards)).isPresent());
  }
}
