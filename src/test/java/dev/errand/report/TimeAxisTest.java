package dev.errand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

  @Test
  void aLongIdleWaitIsCutOutAndBothSidesKeepOneScale() {
    // arming 15 s before the instant, then 2.5 s of action after it
    TimeAxis axis =
        TimeAxis.fit(
            List.of(new double[] {-15_000, -14_000}, new double[] {0, 0}, new double[] {0, 2500}),
            100,
            900);
    assertEquals(1, axis.breaks().size());
    assertEquals(-14_000, axis.breaks().get(0).fromMs(), 0.001);
    assertEquals(0, axis.breaks().get(0).toMs(), 0.001);
    assertEquals(100, axis.x(-15_000), 0.001);
    assertEquals(900, axis.x(2500), 0.001);
    double second = axis.x(-14_000) - axis.x(-15_000);
    assertEquals(second, axis.x(1000) - axis.x(0), 0.001, "one scale on both sides");
    assertEquals(
        axis.breaks().get(0).x(), axis.x(-7000), 0.001, "times inside the gap sit on the break");
    double prev = Double.NEGATIVE_INFINITY;
    for (double t = -16_000; t <= 3000; t += 250) {
      assertTrue(axis.x(t) >= prev, "monotonic at " + t);
      prev = axis.x(t);
    }
  }

  @Test
  void shortPausesAreNotCut() {
    TimeAxis axis =
        TimeAxis.fit(List.of(new double[] {0, 1000}, new double[] {1300, 2000}), 0, 1000);
    assertTrue(axis.breaks().isEmpty());
    assertEquals(500, axis.x(1000), 0.001);
  }

  @Test
  void ticksAreRound() {
    TimeAxis axis = TimeAxis.fit(List.of(new double[] {0, 2500}), 0, 1000);
    assertEquals(
        List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0), axis.ticks(axis.spans().get(0), 150));
    assertEquals(200, TimeAxis.nice(130), 0.001);
    assertEquals(0.5, TimeAxis.nice(0.31), 0.001);
  }
}
