package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the next probe goes. */
class ProbePlannerTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long NOW = 1_772_000_000L * SECOND + 123_456_789L;
  private final ProbePlanner planner = new ProbePlanner(Duration.ofMillis(500));

  @Test
  void theFirstProbeGoesAsSoonAsTheSpacingAllows() {
    assertEquals(NOW, planner.sendAt(null, 0, NOW, NOW - SECOND, false));
    assertEquals(NOW + 400_000_000L, planner.sendAt(null, 0, NOW, NOW - 100_000_000L, false));
  }

  @Test
  void laterProbesArriveAtTheSitesTickOverForTheMiddleOffset() {
    for (long midMillis : new long[] {-2_999, -1_000, -123, 0, 1, 456, 2_718}) {
      long mid = midMillis * 1_000_000L + 321;
      OffsetBounds bounds = new OffsetBounds(mid - 100_000_000L, mid + 100_000_000L);
      long rtt = 3_000_000L;

      long send = planner.sendAt(bounds, rtt, NOW, NOW - SECOND, false);

      long arrival = send + rtt / 2;
      assertEquals(0, Math.floorMod(arrival + bounds.midpointNanos(), SECOND), "mid " + midMillis);
      assertTrue(send >= NOW, "not in the past");
      assertTrue(send < NOW + SECOND, "the next tick-over, not a later one");
    }
  }

  @Test
  void aimingRespectsTheMinimumSpacing() {
    OffsetBounds bounds = new OffsetBounds(0, 20_000_000L);
    long lastSent = NOW - 100_000_000L;

    long send = planner.sendAt(bounds, 0, NOW, lastSent, false);

    assertTrue(send >= lastSent + 500_000_000L);
    assertTrue(send < lastSent + 1_500_000_000L);
    assertEquals(0, Math.floorMod(send + bounds.midpointNanos(), SECOND));
  }

  @Test
  void subSecondStampsNeedNoAiming() {
    OffsetBounds bounds = new OffsetBounds(0, 1_000_000L);

    assertEquals(NOW, planner.sendAt(bounds, 2_000_000L, NOW, NOW - SECOND, true));
  }
}
