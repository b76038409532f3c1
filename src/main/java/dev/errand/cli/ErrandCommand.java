package dev.errand.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code errand} command: it only lists its subcommands. */
@Command(
    name = "errand",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "A personal purchase agent: a recipe drives a real browser at the sale's release instant.",
      "You solve the challenges and you pay."
    },
    subcommands = {
      RunCommand.class,
      WatchCommand.class,
      ValidateCommand.class,
      DoctorCommand.class,
      ClockCommand.class,
      NotifyTestCommand.class,
      CheckCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      DemoShopCommand.class,
      AttemptsCommand.class,
      NewCommand.class,
      RecordCommand.class,
      SchemaCommand.class,
      ProfileCommand.class
    },
    footer = {"", "Start with: errand demo"})
final class ErrandCommand implements Runnable {

  @Mixin CommonOptions common;

  private final Env env;

  ErrandCommand(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    env.console(common)
        .info("Pick a command; 'errand --help' lists them. New here? Try: errand demo");
  }
}
