package dev.errand.cli;

import dev.errand.journal.AttemptRecord;
import dev.errand.report.text.AttemptsTimeline;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code errand attempts show ID}: one attempt as a timeline on the site's clock. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "One attempt as a timeline relative to the release instant (T−00:03.120, T+0.023):",
      "steps with duration, result and match, the clock, handoffs, notes, files, the outcome."
    })
final class AttemptsShowCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AttemptsCommand parent;

  @Parameters(index = "0", paramLabel = "ID", description = "An attempt id, or 'latest'.")
  String id;

  private final Env env;

  AttemptsShowCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    AttemptRecord r = AttemptsFinder.find(parent.root(), id);
    AttemptsTimeline.render(r, console, ZoneId.systemDefault()).forEach(console::always);
    return ExitCode.OK;
  }
}
