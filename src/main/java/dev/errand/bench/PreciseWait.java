package dev.errand.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a wall-clock instant to well under a millisecond: parks until shortly before it, then
 * spins on {@link System#nanoTime()} ({@code Thread.sleep} alone wakes 1–4 ms late).
 */
public final class PreciseWait {

  /** How long before the instant parking stops and spinning starts. */
  static final Duration SPIN = Duration.ofMillis(2);

  private PreciseWait() {}

  /**
   * Returns at {@code target} (read on the system clock), at once when it has passed.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  public static void until(Instant target) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.between(Instant.now(), target).toNanos();
    long spinFrom = deadline - SPIN.toNanos();
    long left;
    while ((left = spinFrom - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for " + target);
      }
    }
    while (System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
