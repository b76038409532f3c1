package dev.errand.timing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Waits for a far-off instant without a browser (a 04:00 drop started at bedtime). It sleeps in
 * short steps on the wall clock, so a laptop that slept through part of the wait is noticed: the
 * wall clock jumps while the monotonic clock does not. If the machine slept past {@code
 * mustNotMiss}, the wait says so instead of carrying on as if nothing happened.
 */
public final class LongWait {

  /** How a long wait ended. */
  public record Result(boolean reached, Duration slept, Duration missedBy) {
    /** Whether the machine was asleep during the wait for longer than a moment. */
    public boolean suspended() {
      return slept.compareTo(Duration.ofSeconds(2)) > 0;
    }
  }

  private static final Duration STEP = Duration.ofSeconds(1);

  private final Clock wall;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  public LongWait(Clock wall, LongSupplier nanoTime, Sleeper sleeper) {
    this.wall = wall;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  public static LongWait system() {
    return new LongWait(Clock.systemUTC(), System::nanoTime, Sleeper.coarse(System::nanoTime));
  }

  /**
   * Waits until {@code target} on the wall clock, calling {@code onTick} about once a second.
   *
   * @param mustNotMiss an instant after {@code target} (the release); waking after it counts as
   *     missed
   */
  public Result until(Instant target, Instant mustNotMiss, ReleaseWaiter.Ticker onTick)
      throws InterruptedException {
    Duration slept = Duration.ZERO;
    while (true) {
      Instant before = wall.instant();
      if (!before.isBefore(target)) {
        Duration missed = Duration.between(mustNotMiss, before);
        return new Result(true, slept, missed.isNegative() ? Duration.ZERO : missed);
      }
      onTick.tick(Duration.between(before, target));
      Duration left = Duration.between(before, target);
      Duration step = left.compareTo(STEP) < 0 ? left : STEP;
      long n0 = nanoTime.getAsLong();
      sleeper.sleepUntil(n0 + step.toNanos());
      Duration monotonic = Duration.ofNanos(nanoTime.getAsLong() - n0);
      Duration onWall = Duration.between(before, wall.instant());
      Duration gap = onWall.minus(monotonic);
      if (gap.compareTo(Duration.ofMillis(500)) > 0) {
        slept = slept.plus(gap);
      }
    }
  }
}
