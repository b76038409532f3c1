package dev.errand.bench;

import dev.errand.timing.Sleeper;
import java.time.Duration;
import java.time.Instant;

/** Waits until a wall-clock instant to well under a millisecond ({@link Sleeper#precise}). */
public final class PreciseWait {

  private PreciseWait() {}

  /**
   * Returns at {@code target} (read on the system clock), at once when it has passed.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  public static void until(Instant target) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.between(Instant.now(), target).toNanos();
    Sleeper.precise(System::nanoTime).sleepUntil(deadline);
  }
}
