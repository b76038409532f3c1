package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Waits until a release instant plus the clock's never-early margin on a {@link SiteClock}, never
 * returning before it: coarse pauses (which keep the browser's event loop alive) until a few
 * milliseconds before, then a short spin. The target is read again on every turn, so a sync that
 * finishes, or re-syncs, while errand waits moves it, and so does a margin that grows. Calls {@code
 * onTick} about once a second with the time left, for the countdown, and a couple of seconds before
 * hands the target on to whatever can meet it without errand (the page); when the target or the
 * estimate behind it changes after that, it hands it on again, or withdraws it when too little time
 * is left to do so safely.
 */
public final class ReleaseWaiter {

  /**
   * Below this much time left, stop pausing and spin: the page's pause can return a few
   * milliseconds late, a spin does not.
   */
  static final Duration SPIN_WINDOW = Duration.ofMillis(12);

  private static final Duration TICK = Duration.ofSeconds(1);

  /**
   * The longest single pause once the page holds the target: a new estimate (a sync finishing) is
   * noticed within this, while there is still time to hand the page the new target.
   */
  static final Duration LONGEST_PAUSE = Duration.ofMillis(100);

  /**
   * How long before the target it is handed on {@linkplain Ahead ahead}: after the clock's last
   * planned re-sync (none in the last seconds), early enough for a few round trips to the page.
   */
  static final Duration AHEAD = Duration.ofSeconds(2);

  /**
   * Less time left than this: nothing is handed on (errand fires alone), and a target handed on
   * earlier that has since moved is withdrawn rather than handed on again.
   */
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

  /** The site clock the waiter goes by. */
  public SiteClock clock() {
    return clock;
  }

  /** Listens to the countdown. */
  @FunctionalInterface
  public interface Ticker {
    void tick(Duration remaining);
  }

  /** Told the target ahead of time, by the site clock that will read it. */
  public interface Ahead {
    /**
     * Start at {@code target} on {@code siteClock}; replaces any target told before. Called again
     * whenever the target or the clock's estimate changes while there is time to.
     */
    void target(Instant target, InstantSource siteClock);

    /** Forget the target told before: it moved too close to the instant to be told again. */
    default void withdraw() {}
  }

  /**
   * When the wait ended.
   *
   * @param planned the target it waited for, on the site clock: the instant plus the margin
   * @param margin the never-early margin at the end of the wait
   * @param late how long after {@code planned} the wait returned (zero or more)
   * @param handedOn whether the page still held the target at the end (it may start by itself)
   */
  public record Fired(Instant planned, Duration margin, Duration late, boolean handedOn) {

    /** When errand's wait returned, on the site clock. */
    public Instant firedAt() {
      return planned.plus(late);
    }
  }

  /** Waits until {@code instant} plus the clock's margin; nothing is handed on. */
  public Fired waitUntil(Instant instant, Ticker onTick) {
    return wait(instant, onTick, NOBODY_AHEAD, false);
  }

  /**
   * As {@link #waitUntil(Instant, Ticker)}; tells {@code ahead} the target (the instant plus the
   * margin) {@link #AHEAD} before it, or at once when less is left, but not when the wait begins
   * too close to the target for that to help; and again whenever the target or the estimate
   * changes.
   */
  public Fired waitUntil(Instant instant, Ticker onTick, Ahead ahead) {
    return wait(instant, onTick, Objects.requireNonNull(ahead, "ahead"), true);
  }

  /** Told nothing: the target of a wait that hands nothing on. */
  private static final Ahead NOBODY_AHEAD = (target, siteClock) -> {};

  /** The wait; {@code handOn} false: nothing is handed on ({@code ahead} is never told). */
  private Fired wait(Instant instant, Ticker onTick, Ahead ahead, boolean handOn) {
    Instant nextTick = clock.now();
    @Nullable Instant told = null;
    @Nullable Object toldEstimate = null;
    boolean handOnDecided = !handOn;
    while (true) {
      Duration margin = clock.uncertainty();
      Instant target = instant.plus(margin);
      Object estimate = clock.estimate();
      Instant now = clock.now();
      Duration left = Duration.between(now, target);
      if (left.isNegative() || left.isZero()) {
        return new Fired(target, margin, left.negated(), told != null);
      }
      if (!now.isBefore(nextTick)) {
        onTick.tick(left);
        nextTick = now.plus(TICK);
      }
      boolean tooLate = left.compareTo(TOO_LATE_TO_HAND_ON) <= 0;
      if (told != null && (!told.equals(target) || estimate != toldEstimate)) {
        if (tooLate) {
          ahead.withdraw();
          told = null;
        } else {
          ahead.target(target, clock::now);
          told = target;
          toldEstimate = estimate;
        }
        continue; // that took time
      }
      if (!handOnDecided && left.compareTo(AHEAD) <= 0) {
        handOnDecided = true;
        if (!tooLate) {
          ahead.target(target, clock::now);
          told = target;
          toldEstimate = estimate;
          continue;
        }
      }
      if (left.compareTo(SPIN_WINDOW) <= 0) {
        spinUntil(target);
        continue;
      }
      Duration untilTick = Duration.between(now, nextTick);
      Duration untilAhead = handOnDecided ? left : left.minus(AHEAD);
      Duration coarse = min(left.minus(SPIN_WINDOW), min(untilTick, untilAhead));
      if (told != null) {
        coarse = min(coarse, LONGEST_PAUSE); // a new estimate is handed on while it can be
      }
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
