package dev.errand.browser.pw;

import java.time.Duration;

/** The end of one action's time budget, shared by the steps of that action. */
final class Deadline {

  private final long endNanos;
  private final Duration budget;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  static Deadline in(Duration budget) {
    return new Deadline(budget.isNegative() ? Duration.ZERO : budget);
  }

  /** The whole budget (for messages: "within 10s"). */
  Duration budget() {
    return budget;
  }

  /** Milliseconds left, at least 1 (Playwright reads 0 as "no timeout"). */
  double remainingMs() {
    return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000L);
  }

  /** A shorter deadline: the sooner of this one and {@code cap} from now. */
  Deadline cappedAt(Duration cap) {
    long left = Math.max(0, endNanos - System.nanoTime());
    return new Deadline(Duration.ofNanos(Math.min(left, cap.toNanos())));
  }

  boolean passed() {
    return System.nanoTime() - endNanos >= 0;
  }
}
