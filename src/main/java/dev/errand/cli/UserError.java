package dev.errand.cli;

import java.util.List;

/** A problem the person can fix: one line each, no stack trace, and an exit code. */
public class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  /** One problem, printed as {@code errand: line}. */
  public UserError(int exitCode, String line) {
    this(exitCode, List.of("errand: " + line));
  }

  /** Several problems, printed as they are (e.g. {@code file:line:col: message}). */
  public UserError(int exitCode, List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  public int exitCode() {
    return exitCode;
  }

  public List<String> lines() {
    return lines;
  }
}
