package dev.errand.run;

/** Thrown by a step handler to end the run with a result (a verdict, a handoff's end). */
public final class RunEnded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient RunResult result;

  public RunEnded(RunResult result) {
    super(result.message(), null, false, false);
    this.result = result;
  }

  public RunResult result() {
    return result;
  }
}
