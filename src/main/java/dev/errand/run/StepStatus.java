package dev.errand.run;

/** How one step ended. */
public enum StepStatus {
  OK("ok"),
  /** {@code when:} did not hold, so the step did not run. */
  SKIPPED("skipped"),
  /** An {@code optional: true} step failed; the run went on. */
  FAILED_OPTIONAL("failed-optional"),
  FAILED("failed");

  private final String id;

  StepStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
