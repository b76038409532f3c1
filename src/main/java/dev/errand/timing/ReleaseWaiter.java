package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Waits until a release instant on a {@link SiteClock}, never returning before it: coarse pauses
 * (which keep the browser's event loop alive) until a few milliseconds before, then a short spin.
 * Calls {@code onTick} about once a second with the time left, for the countdown.
 */
public final class ReleaseWaiter {

  /**
   * Below this much time left, stop pausing and spin: the page's pause can return a few
   * milliseconds late (measured), a spin does not.
   */
  static final Duration SPIN_WINDOW = Duration.ofMillis(12);

  private static final Duration TICK = Duration.ofSeconds(1);

  private final SiteClock clock;
  private final Pauser pauser;
  private final LongSupplier nanoTime;

  public ReleaseWaiter(SiteClock clock, Pauser pauser) {
    this(clock, pauser, System::nanoTime);
  }

  ReleaseWaiter(SiteClock clock, Pauser pauser, LongSupplier nanoTime) {
    this.clock = clock;
    this.pauser = pauser;
    this.nanoTime = nanoTime;
  }

  /** Listens to the countdown. */
  @FunctionalInterface
  public interface Ticker {
    void tick(Duration remaining);
  }

  /**
   * Waits until {@code instant} plus the clock's uncertainty and returns how late it returned (zero
   * or more, never negative).
   */
  public Duration waitUntil(Instant instant, Ticker onTick) {
    Instant target = instant.plus(clock.uncertainty());
    Instant nextTick = clock.now();
    while (true) {
      Instant now = clock.now();
      Duration left = Duration.between(now, target);
      if (left.isNegative() || left.isZero()) {
        return left.negated();
      }
      if (!now.isBefore(nextTick)) {
        onTick.tick(left);
        nextTick = now.plus(TICK);
      }
      if (left.compareTo(SPIN_WINDOW) <= 0) {
        spinUntil(target);
        continue;
      }
      Duration untilTick = Duration.between(now, nextTick);
      Duration coarse = left.minus(SPIN_WINDOW);
      pauser.pause(coarse.compareTo(untilTick) < 0 ? coarse : untilTick);
    }
  }

  private void spinUntil(Instant target) {
    long deadline = nanoTime.getAsLong() + Duration.between(clock.now(), target).toNanos();
    while (nanoTime.getAsLong() < deadline) {
      Thread.onSpinWait();
    }
  }
}
