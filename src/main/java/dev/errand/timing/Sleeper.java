package dev.errand.timing;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * errand's one way to wait on this machine: until a {@code nanoTime} reading. In tests it advances
 * a fake clock instead. (A run's coarse waits go through {@link Pauser}, the page's own pause, so
 * the browser's events keep flowing.)
 */
@FunctionalInterface
public interface Sleeper {

  /** Returns once {@code nanoTime} has reached {@code deadline} (at once if it already has). */
  void sleepUntil(long deadline) throws InterruptedException;

  /**
   * Sleeps until about a millisecond before the deadline, then spins: wakes within microseconds
   * rather than the milliseconds of lateness of a plain sleep.
   */
  static Sleeper precise(LongSupplier nanoTime) {
    return precise(nanoTime, 1_000_000L);
  }

  /** Sleeps until the deadline and no further: for waits where a few milliseconds do not matter. */
  static Sleeper coarse(LongSupplier nanoTime) {
    return precise(nanoTime, 0L);
  }

  private static Sleeper precise(LongSupplier nanoTime, long spinNanos) {
    return deadline -> {
      while (true) {
        long left = deadline - nanoTime.getAsLong();
        if (left <= 0) {
          return;
        }
        if (left > spinNanos) {
          TimeUnit.NANOSECONDS.sleep(left - spinNanos);
        } else {
          if (Thread.interrupted()) {
            throw new InterruptedException();
          }
          Thread.onSpinWait();
        }
      }
    };
  }
}
