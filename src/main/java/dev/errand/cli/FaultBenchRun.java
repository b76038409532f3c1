package dev.errand.cli;

import dev.errand.bench.BenchReport;
import dev.errand.bench.ErrandFaultStrategy;
import dev.errand.bench.FaultBench;
import dev.errand.bench.FaultJson;
import dev.errand.bench.FaultMode;
import dev.errand.bench.FaultReport;
import dev.errand.bench.FaultResults;
import dev.errand.bench.FaultRun;
import dev.errand.bench.FaultStrategy;
import dev.errand.bench.FaultTable;
import dev.errand.bench.NaiveFaultStrategy;
import dev.errand.timing.TimeText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code errand bench --faults}: runs the fault modes, prints progress, the tables and targets, and
 * writes the JSON.
 */
final class FaultBenchRun {

  private final Env env;
  private final Console console;
  private final @Nullable String browser;

  FaultBenchRun(Env env, Console console, @Nullable String browser) {
    this.env = env;
    this.console = console;
    this.browser = browser;
  }

  int run(List<FaultMode> modes, FaultBench.Settings settings, Instant started, Path file) {
    List<FaultStrategy> strategies =
        List.of(
            new ErrandFaultStrategy(
                env.attempts(Console.silent()), env.workDir, env.errandHome(), browser),
            new NaiveFaultStrategy(browser));
    console.info(
        console.bold("errand bench --faults")
            + console.dim(
                " · "
                    + modes.stream().map(FaultMode::id).collect(Collectors.joining(", "))
                    + " · "
                    + settings.runs()
                    + (settings.runs() == 1 ? " run" : " runs")
                    + " × "
                    + strategies.size()
                    + " strategies, one at a time · seed "
                    + settings.seed()
                    + " · a run is stopped after "
                    + TimeText.human(settings.limit(FaultMode.OVERLOAD))
                    + (modes.contains(FaultMode.QUEUE)
                        ? " (in the queue mode "
                            + TimeText.human(settings.limit(FaultMode.QUEUE))
                            + ")"
                        : "")));
    List<FaultResults> results;
    try {
      results = new FaultBench(strategies, settings, progress(settings.runs())).run(modes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError(ExitCode.ABORTED, "bench interrupted");
    }
    FaultReport report =
        new FaultReport(
            Version.errand(), started, Duration.between(started, Instant.now()), settings, results);
    try {
      FaultJson.write(report, file);
    } catch (IOException e) {
      throw new UserError(ExitCode.RUN_FAILED, "cannot write " + file + ": " + e.getMessage());
    }
    console.always("");
    for (String line : FaultTable.lines(report)) {
      console.always(line.replace("✓", console.green("✓")).replace("✗", console.red("✗")));
    }
    console.always(console.dim("raw numbers: " + file));
    return ExitCode.OK;
  }

  private FaultBench.Listener progress(int runs) {
    return new FaultBench.Listener() {
      @Override
      public void starting(FaultMode mode, int run, String strategy) {
        console.status(
            "  run " + run + "/" + runs + " · " + mode.id() + " · " + strategy + " …", false);
      }

      @Override
      public void finished(FaultRun run) {
        String line = FaultTable.run(run);
        boolean bad =
            run.failed()
                || run.falsePayment()
                || run.falseSoldOut()
                || (run.strategy().equals(BenchReport.ERRAND) && !run.reachedPayment());
        console.info(bad ? console.yellow(line) : line);
      }
    };
  }
}
