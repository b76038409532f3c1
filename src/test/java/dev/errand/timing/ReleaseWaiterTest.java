package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseWaiterTest {

  /** A clock that only moves when the waiter pauses or spins. */
  static final class FakeTime implements SiteClock, Pauser {
    long nanos;
    final Instant origin = Instant.parse("2026-12-01T09:59:50Z");
    final List<Duration> pauses = new ArrayList<>();
    Duration uncertainty = Duration.ZERO;

    /** The estimate's offset from the true time; a new estimate is a new object. */
    Duration offset = Duration.ZERO;

    Object estimate = new Object();

    /** What happens when the true time passes a moment, once each: a sync finishing. */
    final List<Map.Entry<Instant, Runnable>> events = new ArrayList<>();

    Instant truth() {
      return origin.plusNanos(nanos);
    }

    @Override
    public Instant now() {
      return truth().plus(offset);
    }

    @Override
    public Object estimate() {
      return estimate;
    }

    /** A sync finished: the estimate now says the site is {@code newOffset} off, ± margin. */
    void switchTo(Duration newOffset, Duration margin) {
      offset = newOffset;
      uncertainty = margin;
      estimate = new Object();
    }

    void at(Instant trueTime, Runnable event) {
      events.add(Map.entry(trueTime, event));
    }

    private void advance(long by) {
      nanos += by;
      events.removeIf(
          e -> {
            if (truth().isBefore(e.getKey())) {
              return false;
            }
            e.getValue().run();
            return true;
          });
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
      advance(d.toNanos());
    }

    long spin() {
      advance(100_000); // each spin check costs 0.1 ms
      return nanos;
    }
  }

  @Test
  void returnsAtTheInstantNeverBefore() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusSeconds(10);
    Duration late = new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {}).late();
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
    Duration late =
        new ReleaseWaiter(t, t, t::spin).waitUntil(t.origin.minusSeconds(2), r -> {}).late();
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

  /** Records what the page was told: each target, and when a target was withdrawn. */
  static final class Told implements ReleaseWaiter.Ahead {
    final List<Instant> targets = new ArrayList<>();
    final List<Instant> whenTold = new ArrayList<>();
    int withdrawn;
    Instant holding;

    @Override
    public void target(Instant target, java.time.InstantSource siteClock) {
      targets.add(target);
      whenTold.add(siteClock.instant());
      holding = target;
    }

    @Override
    public void withdraw() {
      withdrawn++;
      holding = null;
    }
  }

  @Test
  void aSyncThatFinishesDuringTheWaitMovesTheTargetItsMarginIncluded() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusSeconds(10);
    // began on the local clock; 5 s in, the sync says the site is 20 ms ahead, ±35 ms
    t.at(t.origin.plusSeconds(5), () -> t.switchTo(Duration.ofMillis(20), Duration.ofMillis(35)));
    ReleaseWaiter.Fired fired = new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {});
    assertEquals(release.plusMillis(35), fired.planned());
    assertEquals(Duration.ofMillis(35), fired.margin());
    // on the true clock: the site is at most 35 ms behind the estimate, so true ≥ release
    assertFalse(t.now().isBefore(release.plusMillis(35)));
    assertFalse(t.truth().plus(Duration.ofMillis(20)).minusMillis(35).isBefore(release));
  }

  @Test
  void aSyncThatFinishesAfterTheTargetWasHandedOnHandsTheNewTargetOnAgain() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusSeconds(10);
    // handed on at T−2 s on the local clock; the sync finishes at T−1 s
    t.at(t.origin.plusSeconds(9), () -> t.switchTo(Duration.ofMillis(24), Duration.ofMillis(40)));
    Told told = new Told();
    ReleaseWaiter.Fired fired = new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {}, told);
    assertEquals(List.of(release, release.plusMillis(40)), told.targets);
    assertEquals(0, told.withdrawn);
    assertTrue(fired.handedOn());
    assertEquals(release.plusMillis(40), fired.planned());
  }

  @Test
  void aNewEstimateWithTheSameMarginIsHandedOnToo() {
    FakeTime t = new FakeTime();
    t.uncertainty = Duration.ofMillis(5);
    Instant release = t.origin.plusSeconds(10);
    t.at(t.origin.plusSeconds(9), () -> t.switchTo(Duration.ofMillis(-30), Duration.ofMillis(5)));
    Told told = new Told();
    new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {}, told);
    assertEquals(2, told.targets.size(), "told: " + told.targets);
    // the second time with the new clock: 1 s left on it
    Duration left = Duration.between(told.whenTold.get(1), told.targets.get(1));
    assertTrue(left.compareTo(Duration.ofMillis(1100)) < 0, "left " + left);
  }

  @Test
  void aTargetThatMovesInTheLastMomentsIsWithdrawnAndErrandFiresAlone() {
    FakeTime t = new FakeTime();
    Instant release = t.origin.plusSeconds(10);
    t.at(
        t.origin.plusSeconds(10).minusMillis(100),
        () -> t.switchTo(Duration.ofMillis(15), Duration.ofMillis(50)));
    Told told = new Told();
    ReleaseWaiter.Fired fired = new ReleaseWaiter(t, t, t::spin).waitUntil(release, r -> {}, told);
    assertEquals(1, told.withdrawn);
    assertEquals(null, told.holding);
    assertFalse(fired.handedOn());
    assertFalse(t.now().isBefore(release.plusMillis(50)));
  }
}
