package dev.errand;

import dev.errand.cli.Cli;

/** The {@code errand} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Cli.configureLogging(args);
    System.exit(Cli.run(System.out, System.err, System.in, args));
  }
}
