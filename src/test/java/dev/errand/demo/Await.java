package dev.errand.demo;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Waits for a condition with a deadline, polling; fails the test when the deadline passes. */
final class Await {

  private static final long POLL_MILLIS = 10;

  private Await() {}

  /** Polls {@code probe} until {@code done} accepts its value; returns that value. */
  static <T> T until(Duration timeout, Callable<T> probe, Predicate<T> done, String what)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = probe.call();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout + " waiting for " + what + "; last value: " + last);
      }
      Thread.sleep(POLL_MILLIS);
      last = probe.call();
    }
    return last;
  }
}
