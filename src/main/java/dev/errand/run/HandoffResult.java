package dev.errand.run;

/** How a handoff ended. */
public enum HandoffResult {
  /** The {@code until} condition held (the person finished): carry on. */
  DONE("done"),
  /** The person pressed Enter: carry on. */
  CONTINUED("continued"),
  /** errand stops here by design (at payment in the demo, or when no person can take over). */
  STOPPED("stopped"),
  TIMED_OUT("timed-out"),
  ABORTED("aborted");

  private final String id;

  HandoffResult(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
