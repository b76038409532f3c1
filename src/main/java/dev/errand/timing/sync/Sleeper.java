package dev.errand.timing.sync;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Waits until a {@code nanoTime} reading; in tests it advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

  /** Returns once {@code nanoTime} has reached {@code deadline} (at once if it already has). */
  void sleepUntil(long deadline) throws InterruptedException;

  /**
   * Sleeps until about a millisecond before the deadline, then spins: wakes within microseconds
   * rather than the ~1 ms (p50) to 4 ms (p99) lateness of a plain sleep.
   */
  static Sleeper precise(LongSupplier nanoTime) {
    long spinNanos = 1_000_000L;
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
