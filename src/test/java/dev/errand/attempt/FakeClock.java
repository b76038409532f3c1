package dev.errand.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock and a monotonic one that move only when told (or when a fake sleeper sleeps). */
final class FakeClock extends Clock {

  private Instant now;
  private long nanos;

  FakeClock(Instant start) {
    this.now = start;
  }

  /** Both clocks move on by {@code d}. */
  synchronized void advance(Duration d) {
    now = now.plus(d);
    nanos += d.toNanos();
  }

  /** Only the wall clock moves: the machine was suspended for {@code d}. */
  synchronized void suspend(Duration d) {
    now = now.plus(d);
  }

  synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
