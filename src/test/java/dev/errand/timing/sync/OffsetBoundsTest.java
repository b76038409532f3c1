package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The interval arithmetic. */
class OffsetBoundsTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aDateHeaderBoundsTheOffsetByTheRoundTripAndItsSecond() {
    // Sent at local 100.2 s, received at 100.25 s, Date says 102 s.
    OffsetBounds bounds = OffsetBounds.fromDate(102, 100_200_000_000L, 100_250_000_000L);

    assertEquals(Duration.ofMillis(1_750), bounds.lo());
    assertEquals(Duration.ofMillis(2_800), bounds.hi());
    assertEquals(Duration.ofMillis(1_050), bounds.width());
    assertTrue(bounds.contains(Duration.ofMillis(1_750)));
    assertFalse(bounds.contains(Duration.ofMillis(2_800)), "half-open");
  }

  @Test
  void aStampBoundsTheOffsetByTheRoundTrip() {
    OffsetBounds bounds =
        OffsetBounds.fromStamp(50 * SECOND + 7_000, 1_000, 10 * SECOND, 10 * SECOND + 400_000);

    assertEquals(40 * SECOND + 7_000 - 400_000, bounds.loNanos());
    assertEquals(40 * SECOND + 8_000, bounds.hiNanos());
  }

  @Test
  void intersectHullWidthMidpoint() {
    OffsetBounds a = OffsetBounds.of(Duration.ofMillis(-300), Duration.ofMillis(700));
    OffsetBounds b = OffsetBounds.of(Duration.ofMillis(200), Duration.ofMillis(1_200));

    OffsetBounds both = a.intersect(b);
    assertEquals(OffsetBounds.of(Duration.ofMillis(200), Duration.ofMillis(700)), both);
    assertEquals(Duration.ofMillis(500), both.width());
    assertEquals(Duration.ofMillis(450), both.midpoint());
    assertEquals(Duration.ofMillis(250), both.halfWidth());
    assertEquals(OffsetBounds.of(Duration.ofMillis(-300), Duration.ofMillis(1_200)), a.hull(b));
    assertEquals(0, a.gapNanos(b));
  }

  @Test
  void disjointReadingsIntersectToEmpty() {
    OffsetBounds a = OffsetBounds.of(Duration.ofMillis(0), Duration.ofMillis(10));
    OffsetBounds b = OffsetBounds.of(Duration.ofMillis(25), Duration.ofMillis(40));

    OffsetBounds none = a.intersect(b);
    assertTrue(none.isEmpty());
    assertEquals(Duration.ZERO, none.width());
    assertEquals(15_000_000L, a.gapNanos(b));
    assertEquals(15_000_000L, b.gapNanos(a));
    assertTrue(
        a.intersect(OffsetBounds.of(Duration.ofMillis(10), Duration.ofMillis(20))).isEmpty());
  }

  @Test
  void halfWidthRoundsUpAndMidpointHandlesNegatives() {
    OffsetBounds odd = new OffsetBounds(-3, 0);

    assertEquals(Duration.ofNanos(2), odd.halfWidth());
    assertEquals(Duration.ofNanos(-2), odd.midpoint());
  }

  @Test
  void printsSignedSeconds() {
    assertEquals(
        "[-0.000300 s, +1.236000 s)",
        OffsetBounds.of(Duration.ofNanos(-300_000), Duration.ofMillis(1_236)).toString());
  }
}
