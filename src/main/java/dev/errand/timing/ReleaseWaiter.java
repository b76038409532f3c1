package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.LongSupplier;

/**
 * Waits until a release instant on a {@link SiteClock}, never returning before it: coarse pauses
 * (which keep the browser's event loop alive) until a few milliseconds before, then a short spin.
 * Calls {@code onTick} about once a second with the time left, for the countdown, and, once, a
 * couple of seconds before, hands the target on to whatever can meet it without errand (the page).
 */
public final class ReleaseWaiter {

  /**
   * Below this much time left, stop pausing and spin: the page's pause can return a few
   * milliseconds late (measured), a spin does not.
   */
  static final Duration SPIN_WINDOW = Duration.ofMillis(12);

  private static final Duration TICK = Duration.ofSeconds(1);

  /**
   * How long before the target it is handed on {@linkplain Ahead ahead}: after the clock's last
   * re-sync (none in the last seconds), early enough for a few round trips to the page.
   */
  static final Duration AHEAD = Duration.ofSeconds(2);

  /** Less time left than this when the wait begins: nothing is handed on, errand fires alone. */
  static final Duration TOO_LATE_TO_HAND_ON = Duration.ofMillis(200);

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

  /** Told the target ahead of time, by the site clock that will read it. */
  @FunctionalInterface
  public interface Ahead {
    void target(Instant target, InstantSource siteClock);
  }

  /**
   * Waits until {@code instant} plus the clock's uncertainty and returns how late it returned (zero
   * or more, never negative).
   */
  public Duration waitUntil(Instant instant, Ticker onTick) {
    return waitUntil(instant, onTick, (target, siteClock) -> {});
  }

  /**
   * As {@link #waitUntil(Instant, Ticker)}; tells {@code ahead} the target (the instant plus the
   * uncertainty) once, {@link #AHEAD} before it or at once when less is left (but not when the wait
   * begins too close to the target for that to help).
   */
  public Duration waitUntil(Instant instant, Ticker onTick, Ahead ahead) {
    Instant target = instant.plus(clock.uncertainty());
    Instant nextTick = clock.now();
    boolean told = false;
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
      if (!told && left.compareTo(AHEAD) <= 0) {
        told = true;
        if (left.compareTo(TOO_LATE_TO_HAND_ON) > 0) {
          ahead.target(target, clock::now);
          continue; // that took time
        }
      }
      if (left.compareTo(SPIN_WINDOW) <= 0) {
        spinUntil(target);
        continue;
      }
      Duration untilTick = Duration.between(now, nextTick);
      Duration untilAhead = told ? left : left.minus(AHEAD);
      Duration coarse = min(left.minus(SPIN_WINDOW), min(untilTick, untilAhead));
      pauser.pause(coarse);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void spinUntil(Instant target) {
    long deadline = nanoTime.getAsLong() + Duration.between(clock.now(), target).toNanos();
    while (nanoTime.getAsLong() < deadline) {
      Thread.onSpinWait();
    }
  }
}
