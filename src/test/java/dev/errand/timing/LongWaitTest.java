package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LongWaitTest {

  final Instant start = Instant.parse("2026-12-01T03:00:00Z");
  final AtomicLong wallNanos = new AtomicLong();
  final AtomicLong monoNanos = new AtomicLong();

  final Clock wall =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return start.plusNanos(wallNanos.get());
        }
      };

  /** A wait whose every sleep is {@code sleep} given how long it was asked to last. */
  LongWait waitWith(java.util.function.Consumer<Duration> sleep) {
    return new LongWait(
        wall,
        monoNanos::get,
        deadline -> sleep.accept(Duration.ofNanos(deadline - monoNanos.get())));
  }

  void pass(Duration d) {
    wallNanos.addAndGet(d.toNanos());
    monoNanos.addAndGet(d.toNanos());
  }

  @Test
  void waitsUntilTheArmingTime() throws InterruptedException {
    Instant armAt = start.plus(Duration.ofMinutes(55));
    LongWait.Result r = waitWith(this::pass).until(armAt, armAt.plusSeconds(180), left -> {});
    assertFalse(wall.instant().isBefore(armAt));
    assertFalse(r.suspended());
    assertEquals(Duration.ZERO, r.missedBy());
  }

  @Test
  void aSuspendThatStillLeavesTimeIsNoticedButNotMissed() throws InterruptedException {
    Instant armAt = start.plus(Duration.ofHours(1));
    boolean[] slept = {false};
    LongWait.Result r =
        waitWith(
                d -> {
                  pass(d);
                  if (!slept[0]) {
                    slept[0] = true;
                    wallNanos.addAndGet(Duration.ofMinutes(30).toNanos()); // lid closed
                  }
                })
            .until(armAt, armAt.plusSeconds(180), left -> {});
    assertTrue(r.suspended());
    assertTrue(r.slept().compareTo(Duration.ofMinutes(29)) > 0, r.toString());
    assertEquals(Duration.ZERO, r.missedBy());
  }

  @Test
  void sleepingThroughTheReleaseIsReportedAsMissed() throws InterruptedException {
    Instant armAt = start.plus(Duration.ofMinutes(10));
    Instant release = armAt.plusSeconds(180);
    LongWait.Result r =
        waitWith(
                d -> {
                  pass(d);
                  wallNanos.addAndGet(Duration.ofHours(2).toNanos());
                })
            .until(armAt, release, left -> {});
    assertTrue(r.suspended());
    assertTrue(r.missedBy().compareTo(Duration.ofMinutes(100)) > 0, r.toString());
  }
}
