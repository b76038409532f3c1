package dev.errand.cli;

import dev.errand.attempt.Narration;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything errand prints goes through here: verbosity ({@code -q}, {@code -v}), colour (only on a
 * terminal, and never with {@code NO_COLOR}), and a status line that rewrites itself on a terminal.
 */
public final class Console implements Narration {

  /** How much to print. */
  public enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Verbosity verbosity;
  private final boolean terminal;
  private boolean statusShown;

  public Console(PrintStream out, PrintStream err, Verbosity verbosity, boolean terminal) {
    this.out = out;
    this.err = err;
    this.verbosity = verbosity;
    this.terminal = terminal;
  }

  /** Prints nothing at all. */
  public static Console silent() {
    PrintStream none =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    return new Console(none, none, Verbosity.QUIET, false);
  }

  public boolean terminal() {
    return terminal;
  }

  public PrintStream out() {
    return out;
  }

  /** Normal output; hidden by {@code -q}. */
  @Override
  public synchronized void info(String line) {
    if (verbosity != Verbosity.QUIET) {
      println(out, line);
    }
  }

  /** Output that matters even with {@code -q} (the outcome, a handoff). */
  @Override
  public synchronized void always(String line) {
    println(out, line);
  }

  /** Extra detail for {@code -v}. */
  @Override
  public synchronized void detail(String line) {
    if (verbosity == Verbosity.VERBOSE) {
      println(out, dim(line));
    }
  }

  public synchronized void error(String line) {
    clearStatus();
    err.println(line);
    err.flush();
  }

  @Override
  public synchronized void warn(String line) {
    clearStatus();
    err.println(yellow("warning: ") + line);
    err.flush();
  }

  /**
   * A line that replaces itself on a terminal (a countdown); elsewhere printed only when {@code
   * printAnyway} is true, so logs don't fill up.
   */
  @Override
  public synchronized void status(String line, boolean printAnyway) {
    if (verbosity == Verbosity.QUIET) {
      return;
    }
    if (terminal) {
      out.print("\r\033[2K" + line);
      out.flush();
      statusShown = true;
    } else if (printAnyway) {
      out.println(line);
      out.flush();
    }
  }

  public synchronized void bell() {
    if (terminal) {
      out.print('\007');
      out.flush();
    }
  }

  private void println(PrintStream stream, String line) {
    clearStatus();
    stream.println(line);
    stream.flush();
  }

  private void clearStatus() {
    if (statusShown) {
      out.print("\r\033[2K");
      statusShown = false;
    }
  }

  @Override
  public String bold(String s) {
    return ansi("1", s);
  }

  @Override
  public String dim(String s) {
    return ansi("2", s);
  }

  @Override
  public String green(String s) {
    return ansi("32", s);
  }

  @Override
  public String red(String s) {
    return ansi("31", s);
  }

  @Override
  public String yellow(String s) {
    return ansi("33", s);
  }

  @Override
  public String cyan(String s) {
    return ansi("36", s);
  }

  private String ansi(String code, String s) {
    return terminal ? "\033[" + code + "m" + s + "\033[0m" : s;
  }
}
