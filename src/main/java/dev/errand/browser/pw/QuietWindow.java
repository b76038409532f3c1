package dev.errand.browser.pw;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A stretch of time, from {@link #begin}, in which errand makes no call to the browser: {@link
 * #await} returns when it is over (at once if it never began or is over already). It is a plain
 * pause of errand's thread, so messages from the browser wait unread until it ends.
 */
final class QuietWindow {

  private final long lengthNanos;
  private final LongSupplier nanoTime;
  private long endsAt;
  private boolean begun;

  QuietWindow(Duration length, LongSupplier nanoTime) {
    this.lengthNanos = length.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Starts the window now (again, if it had begun before). */
  void begin() {
    endsAt = nanoTime.getAsLong() + lengthNanos;
    begun = true;
  }

  /** What is left of the window: zero when it never began or is over. */
  Duration left() {
    return begun ? Duration.ofNanos(Math.max(0, endsAt - nanoTime.getAsLong())) : Duration.ZERO;
  }

  /** {@link #begin}, then {@link #await}. */
  void beginAndAwait() {
    begin();
    await();
  }

  /** Returns when the window is over; an interrupt ends it early (and is kept). */
  void await() {
    long left = left().toNanos();
    if (left <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
