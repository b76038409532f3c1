package dev.errand.cli;

import dev.errand.run.Outcome;

/**
 * errand's exit codes, the same for every command that runs a recipe ({@code run}, {@code demo});
 * documented in {@code --help} and the README. Reaching payment is done (0): errand's part ends
 * there, since it never pays; a handoff nobody completed is 3.
 */
public final class ExitCode {
  /** Done: every step ran, the purchase completed, or payment was reached. */
  public static final int OK = 0;

  /** The run failed: a step failed, sold out, too early, or blocked by a challenge. */
  public static final int RUN_FAILED = 1;

  /** Bad input: recipe, profile, time or command line. Nothing was run. */
  public static final int BAD_INPUT = 2;

  /** Handed off to the person and not completed (timed out, or no person could take over). */
  public static final int HANDED_OFF = 3;

  /** Aborted by the person ({@code a} at a handoff, or Ctrl-C). */
  public static final int ABORTED = 4;

  /** No browser could be found or started. */
  public static final int NO_BROWSER = 5;

  /** Another errand run on this machine is on the same site; nothing ran. */
  public static final int SITE_BUSY = 6;

  /** The profile's browser data directory is in use by another run or browser; nothing ran. */
  public static final int PROFILE_IN_USE = 7;

  /** A bug in errand: please report it with the output of {@code --debug}. */
  public static final int INTERNAL = 70;

  private ExitCode() {}

  /** The exit code for an attempt that ended with {@code outcome}. */
  static int of(Outcome outcome) {
    return switch (outcome) {
      case COMPLETED, PURCHASED, REACHED_PAYMENT -> OK;
      case HANDOFF_TIMEOUT -> HANDED_OFF;
      case ABORTED -> ABORTED;
      default -> RUN_FAILED;
    };
  }

  /** The exit code list shown by {@code --help}. */
  static String[] helpList() {
    return new String[] {
      "0:done (all steps, purchased, or reached payment)",
      "1:run failed (step failed, sold out, too early, blocked)",
      "2:bad input (recipe, profile, time, options)",
      "3:handed off and not completed (timed out, or nobody to take over)",
      "4:aborted by the person",
      "5:no browser could be found or started",
      "6:another errand run is on the same site (one run per site at a time)",
      "7:the profile's browser is in use by another run or browser window",
      "70:internal error (run with --debug and report it)"
    };
  }
}
