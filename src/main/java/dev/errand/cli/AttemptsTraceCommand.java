package dev.errand.cli;

import dev.errand.browser.pw.TraceViewer;
import dev.errand.journal.AttemptRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code errand attempts trace ID}: the attempt's Playwright trace in the trace viewer. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Open the attempt's Playwright trace (trace*.zip) in Playwright's trace viewer.")
final class AttemptsTraceCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AttemptsCommand parent;

  @Parameters(index = "0", paramLabel = "ID", description = "An attempt id, or 'latest'.")
  String id;

  private final Env env;

  AttemptsTraceCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    AttemptRecord r = AttemptsFinder.find(parent.root(), id);
    List<Path> traces = r.traces();
    if (traces.isEmpty()) {
      throw new UserError(
          ExitCode.BAD_INPUT, "attempt " + r.id() + " has no Playwright trace (trace*.zip)");
    }
    Path trace = traces.get(traces.size() - 1);
    console.info(console.dim("opening " + trace + " in Playwright's trace viewer…"));
    int code = TraceViewer.show(trace);
    return code == 0 ? ExitCode.OK : ExitCode.RUN_FAILED;
  }
}
