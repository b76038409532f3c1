package dev.errand.cli;

import dev.errand.bench.BenchReport;
import dev.errand.bench.BenchRunner;
import dev.errand.bench.Drop;
import dev.errand.bench.DropPlan;
import dev.errand.bench.DropResult;
import dev.errand.bench.Figures;
import dev.errand.bench.FloorStrategy;
import dev.errand.bench.NaiveStrategy;
import dev.errand.bench.PageResults;
import dev.errand.bench.ReportJson;
import dev.errand.bench.ReportTable;
import dev.errand.bench.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code errand bench}: errand's reaction at the release instant against a naive Playwright script
 * and the floor, over drops on the embedded demo shop with clock skews from -3 s to +3 s. Prints a
 * table and writes the raw numbers as JSON. Targets are reported, not enforced.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Measure how fast errand acts at a release instant.",
      "On the embedded demo shop,",
      "against a naive Playwright script and the floor (one raw HTTP request at the",
      "exact instant), with the shop's clock off by -3 s to +3 s. Prints a table and",
      "writes the raw numbers as JSON. Takes about 45 s a drop."
    })
final class BenchCommand implements Callable<Integer> {

  static final int MAX_DROPS = 500;

  /** Roughly what one drop of all three strategies takes here (errand's clock sync dominates). */
  static final Duration PER_DROP = Duration.ofSeconds(45);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Mixin CommonOptions common;

  @Option(
      names = "--drops",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many drops, each with another clock skew (default: ${DEFAULT-VALUE}).")
  int drops;

  @Option(
      names = "--sale-page",
      paramLabel = "both|countdown|form",
      defaultValue = "both",
      description = {
        "What the shop's event page shows before the sale: a countdown that then shows the buy",
        "form by itself, the buy form from the start (early orders turned away), or both, the",
        "drops taking them in turn (default). Each page gets its own table."
      })
  String salePage;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the JSON (default: attempts/bench-TIME.json).")
  Path out;

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Browser executable or channel (chrome, msedge, chromium).")
  String browser;

  private final Env env;

  BenchCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (drops < 1 || drops > MAX_DROPS) {
      throw new UserError(ExitCode.BAD_INPUT, "--drops must be 1.." + MAX_DROPS);
    }
    Console console = env.console(common);
    Instant started = Instant.now();
    Path file = outFile(started);
    List<Drop> plan = DropPlan.drops(drops, DropPlan.MAX_SKEW, SalePageOption.oneOrBoth(salePage));
    List<Strategy> strategies =
        List.of(new ErrandStrategy(env, browser), new NaiveStrategy(browser), new FloorStrategy());
    console.info(
        console.bold("errand bench")
            + console.dim(
                " · "
                    + drops
                    + (drops == 1 ? " drop" : " drops")
                    + " × "
                    + strategies.size()
                    + " strategies, one at a time · about "
                    + Math.max(1, Math.round(PER_DROP.multipliedBy(drops).toSeconds() / 60.0))
                    + " min"));
    List<PageResults> results;
    try {
      results = new BenchRunner(strategies, progress(console)).run(plan);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError(ExitCode.ABORTED, "bench interrupted");
    }
    BenchReport report =
        new BenchReport(
            Version.errand(), started, Duration.between(started, Instant.now()), results);
    try {
      ReportJson.write(report, file);
    } catch (IOException e) {
      throw new UserError(ExitCode.RUN_FAILED, "cannot write " + file + ": " + e.getMessage());
    }
    console.always("");
    for (String line : ReportTable.lines(report)) {
      console.always(line.replace("✓", console.green("✓")).replace("✗", console.red("✗")));
    }
    console.always(console.dim("raw numbers: " + file));
    return ExitCode.OK;
  }

  /**
   * {@code --out}, else {@code attempts/bench-TIME.json}; its directory is made now, so a bad path
   * fails before the run.
   */
  private Path outFile(Instant started) {
    Path file =
        out != null
            ? env.workDir.resolve(out)
            : env.workDir.resolve("attempts").resolve("bench-" + STAMP.format(started) + ".json");
    Path dir = file.toAbsolutePath().getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new UserError(ExitCode.BAD_INPUT, "--out: cannot create " + dir + ": " + e);
    }
    if (Files.isDirectory(file)) {
      throw new UserError(ExitCode.BAD_INPUT, "--out: " + file + " is a directory");
    }
    return file;
  }

  private BenchRunner.Listener progress(Console console) {
    return new BenchRunner.Listener() {
      @Override
      public void starting(Drop drop, String strategy) {
        console.status(
            "  drop "
                + drop.number()
                + "/"
                + drops
                + " · skew "
                + Figures.skew(drop.skew())
                + " · "
                + strategy
                + " …",
            false);
      }

      @Override
      public void finished(DropResult result) {
        String line = ReportTable.progress(result, drops);
        console.info(result.reaction().early() ? console.yellow(line) : line);
      }
    };
  }
}
