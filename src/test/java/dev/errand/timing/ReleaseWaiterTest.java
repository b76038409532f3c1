package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseWaiterTest {

  /** A clock that only moves when the waiter pauses or spins. */
  static final class FakeTime implements SiteClock, Pauser {
    long nanos;
    final Instant origin = Instant.parse("2026-12-01T09:59:50Z");
    final List<Duration> pauses = new ArrayList<>();
    Duration uncertainty = Duration.ZERO;

    @Override
    public Instant now() {
      return origin.plusNanos(nanos);
    }

    @Override
    public Duration uncertainty() {
      return uncertainty;
    }

    @Override
    public String describe() {
      return "fake";
    }

    @Override
    public void pause(Duration d) {
      pauses.add(d);
      nanos += d.toNanos();
    }

    long spin() {
      return nanos += 100_000; // each spin check costs 0.1 ms
    }
  }

  @Test
  void returnsAtTheInstantNeverBefore() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusSeconds(10);
    Duration late = new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {});
    assertFalse(t.now().isBefore(release));
    assertTrue(late.compareTo(Duration.ofMillis(1)) < 0, "late by " + late);
  }

  @Test
  void ticksAboutOnceASecondWithTimeLeft() {
    FakeTime t = new FakeTime();
    List<Duration> ticks = new ArrayList<>();
    new ReleaseWaiter(t, t, t::spin).waitUntil(t.origin.plusSeconds(5), ticks::add);
    assertEquals(5, ticks.size(), ticks.toString());
    assertEquals(Duration.ofSeconds(5), ticks.get(0));
    assertEquals(Duration.ofSeconds(1), ticks.get(4));
  }

  @Test
  void pausesCoarselyAndNeverPastTheSpinWindow() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusMillis(2500);
    new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {});
    Duration paused = t.pauses.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(paused.compareTo(Duration.ofMillis(2500).minus(ReleaseWaiter.SPIN_WINDOW)) <= 0);
    assertTrue(t.pauses.size() <= 4, "pauses: " + t.pauses);
  }

  @Test
  void waitsOutTheClockUncertaintySoItIsNeverEarly() {
    FakeTime t = new FakeTime();
    t.uncertainty = Duration.ofMillis(40);
    Instant release = t.origin.plusSeconds(1);
    new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {});
    assertFalse(t.now().isBefore(release.plusMillis(40)));
  }

  @Test
  void aPastInstantReturnsAtOnceWithHowLate() {
    FakeTime t = new FakeTime();
    Duration late = new ReleaseWaiter(t, t, t::spin).waitUntil(t.origin.minusSeconds(2), r -> {});
    assertEquals(Duration.ofSeconds(2), late);
    assertTrue(t.pauses.isEmpty());
  }

  @Test
  void handsTheTargetOnOnceAboutTwoSecondsAheadWithTheSiteClock() {
    FakeTime t = new FakeTime();
    t.uncertainty = Duration.ofMillis(3);
    Instant release = t.origin.plusSeconds(6);
    List<Instant> targets = new ArrayList<>();
    List<Duration> leftWhenTold = new ArrayList<>();
    new ReleaseWaiter(t, t, t::spin)
        .waitUntil(
            release,
            r -> {},
            (target, siteClock) -> {
              targets.add(target);
              leftWhenTold.add(Duration.between(siteClock.instant(), target));
            });
    assertEquals(List.of(release.plusMillis(3)), targets);
    Duration left = leftWhenTold.get(0);
    assertTrue(
        left.compareTo(ReleaseWaiter.AHEAD) <= 0 && left.compareTo(Duration.ofMillis(1900)) > 0,
        "told with " + left + " left");
    assertFalse(t.now().isBefore(release.plusMillis(3)), "still waited for the target itself");
  }

  @Test
  void aWaitThatBeginsWithLessThanTwoSecondsLeftHandsOnAtOnce() {
    FakeTime t = new FakeTime();
    List<Instant> told = new ArrayList<>();
    new ReleaseWaiter(t, t, t::spin)
        .waitUntil(t.origin.plusMillis(900), r -> {}, (target, clock) -> told.add(clock.instant()));
    assertEquals(List.of(t.origin), told);
  }

  @Test
  void tooCloseToTheTargetNothingIsHandedOn() {
    FakeTime t = new FakeTime();
    List<Instant> told = new ArrayList<>();
    Instant release = t.origin.plusMillis(50);
    new ReleaseWaiter(t, t, t::spin)
        .waitUntil(release, r -> {}, (target, clock) -> told.add(target));
    assertTrue(told.isEmpty(), "told: " + told);
    assertFalse(t.now().isBefore(release));
  }
}
