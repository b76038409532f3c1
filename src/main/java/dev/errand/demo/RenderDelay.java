package dev.errand.demo;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * The slow server-side render of {@link DemoShopConfig#renderDelay()}: a page's headers are not
 * written until this long after its request arrived.
 */
final class RenderDelay {

  private final long delayNanos;

  RenderDelay(Duration delay) {
    this.delayNanos = Objects.requireNonNull(delay, "delay").toNanos();
  }

  /** Whether pages are slowed at all. */
  boolean isOn() {
    return delayNanos > 0;
  }

  /**
   * Returns once the delay has passed since {@code receivedNanos} ({@link System#nanoTime()}).
   *
   * @throws InterruptedIOException if the thread is interrupted (the shop is closing)
   */
  void awaitEnd(long receivedNanos) throws InterruptedIOException {
    long end = receivedNanos + delayNanos;
    for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
      try {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while rendering");
      }
    }
  }
}
