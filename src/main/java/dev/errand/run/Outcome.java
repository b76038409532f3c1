package dev.errand.run;

/** How an attempt ended: one per attempt, honest and specific. */
public enum Outcome {
  /** Every step ran; the recipe asked for nothing more. */
  COMPLETED("completed", "all steps done"),
  /** The person paid and the recipe's done condition held. */
  PURCHASED("purchased", "purchased"),
  /** errand got to payment and stopped there; nothing was paid by errand. */
  REACHED_PAYMENT("reached-payment", "reached payment — nothing was paid"),
  /** errand handed off and the person did not finish in time. */
  HANDOFF_TIMEOUT("handoff-timeout", "handed off; not completed in time"),
  SOLD_OUT("sold-out", "sold out"),
  TOO_EARLY("too-early", "the site said it was too early"),
  /** A challenge was not solved, or the site stopped serving errand (a soft ban). */
  BLOCKED("blocked", "blocked by a challenge or by the site"),
  /** A step failed (which and why is in the result). */
  FAILED("failed", "failed"),
  /** The person (or a signal) stopped the run. */
  ABORTED("aborted", "aborted"),
  /** Derived when a journal has no end. */
  CRASHED("crashed", "crashed");

  private final String id;
  private final String headline;

  Outcome(String id, String headline) {
    this.id = id;
    this.headline = headline;
  }

  /** The stable name used in journals and reports ({@code reached-payment}). */
  public String id() {
    return id;
  }

  public String headline() {
    return headline;
  }
}
