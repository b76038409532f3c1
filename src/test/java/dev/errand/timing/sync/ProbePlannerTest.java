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
    assertEquals(NOW, planner.asap(NOW, NOW - SECOND));
    assertEquals(NOW + 400_000_000L, planner.asap(NOW, NOW - 100_000_000L));
  }

  @Test
  void laterProbesArriveAtTheSitesTickOverForTheMiddleOffset() {
    for (long midMillis : new long[] {-2_999, -1_000, -123, 0, 1, 456, 2_718}) {
      long mid = midMillis * 1_000_000L + 321;
      OffsetBounds bounds = new OffsetBounds(mid - 100_000_000L, mid + 100_000_000L);
      long rtt = 3_000_000L;

      long send = planner.bisect(bounds, rtt, NOW, NOW - SECOND);

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

    long send = planner.bisect(bounds, 0, NOW, lastSent);

    assertTrue(send >= lastSent + 500_000_000L);
    assertTrue(send < lastSent + 1_500_000_000L);
    assertEquals(0, Math.floorMod(send + bounds.midpointNanos(), SECOND));
  }

  @Test
  void crossChecksAimJustOutsideTheIntervalTwiceBelowThenTwiceAbove() {
    OffsetBounds bounds = new OffsetBounds(40_000_000L, 41_000_000L);
    long rtt = 2_000_000L;
    long margin = 3_000_000L;

    for (int check = 0; check < ProbePlanner.CHECKS; check++) {
      long send = planner.check(bounds, check, rtt, NOW, NOW - SECOND);

      long aim = check < 2 ? bounds.loNanos() - margin : bounds.hiNanos() + margin;
      assertEquals(0, Math.floorMod(send + rtt / 2 + aim, SECOND), "check " + check);
    }
    long tinyRtt = planner.check(bounds, 0, 100_000L, NOW, NOW - SECOND);
    assertEquals(
        0, Math.floorMod(tinyRtt + 50_000L + bounds.loNanos() - 1_000_000L, SECOND), "1 ms least");
  }
}
