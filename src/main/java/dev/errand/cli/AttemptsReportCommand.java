package dev.errand.cli;

import dev.errand.journal.AttemptRecord;
import dev.errand.os.FileOpener;
import dev.errand.report.HtmlReport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code errand attempts report ID}: the attempt as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Write report.html into the attempt's folder: one self-contained page (screenshots",
      "inside, no external requests) with the outcome, a timeline, the steps, the clock."
    })
final class AttemptsReportCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AttemptsCommand parent;

  @Parameters(index = "0", paramLabel = "ID", description = "An attempt id, or 'latest'.")
  String id;

  @Option(names = "--open", description = "Open it in your browser (else print where it is).")
  boolean open;

  private final Env env;

  AttemptsReportCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    AttemptRecord r = AttemptsFinder.find(parent.root(), id);
    Path file = HtmlReport.write(r, ZoneId.systemDefault(), Instant.now(), Version.errand());
    console.always("report: " + file);
    if (open) {
      String why = FileOpener.open(file, env.vars, System.getProperty("os.name"));
      if (why.isEmpty()) {
        console.info(console.dim("opened in your browser"));
      } else {
        console.always(console.dim("could not open it here (" + why + "); open the file above"));
      }
    }
    return ExitCode.OK;
  }
}
