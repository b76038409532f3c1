package dev.errand.cli;

import picocli.CommandLine.Option;

/** {@code -v}, {@code -q} and {@code --debug}, on every command. */
final class CommonOptions {

  @Option(
      names = {"-v", "--verbose"},
      description = "Say more: matched locators, timings, browser details.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Say less: only handoffs, problems and the outcome.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces and debug logs (for bug reports).")
  boolean debug;

  Console.Verbosity verbosity() {
    if (quiet) {
      return Console.Verbosity.QUIET;
    }
    return verbose || debug ? Console.Verbosity.VERBOSE : Console.Verbosity.NORMAL;
  }
}
