package dev.errand.cli;

import dev.errand.bench.BenchReport;
import dev.errand.bench.BenchRunner;
import dev.errand.bench.Drop;
import dev.errand.bench.DropKind;
import dev.errand.bench.DropPlan;
import dev.errand.bench.DropResult;
import dev.errand.bench.ErrandStrategy;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      "exact instant), with the shop's clock off by -3 s to +3 s, on the kinds of sale",
      "chosen with --kind. Prints a table per kind and writes the raw numbers as JSON.",
      "Takes about 45 s a drop. With --faults, whole purchases on a misbehaving shop instead."
    })
final class BenchCommand implements Callable<Integer> {

  static final int MAX_DROPS = 500;

  /** Roughly what one drop of all three strategies takes here (errand's clock sync dominates). */
  static final Duration PER_DROP = Duration.ofSeconds(45);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Mixin CommonOptions common;

  @Mixin FaultOptions faultOptions;

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--drops",
      paramLabel = "N",
      defaultValue = "10",
      description = {
        "How many drops in all, the kinds taking turns; each kind's drops spread their clock",
        "skews over -3 s … +3 s (default: ${DEFAULT-VALUE})."
      })
  int drops;

  @Option(
      names = "--kind",
      paramLabel = "KIND[,KIND...]",
      description = {
        "The kinds of sale, each with its own table and targets (default: countdown,form):",
        "  form       the buy form is there before the sale; early orders are turned away",
        "  countdown  a countdown; when it ends the page shows the buy form by itself",
        "  server     a server-rendered page: a reload at the instant brings the buy form",
        "  slow       the form page on a shop whose every page takes 60 ms to render",
        "  late       the form page on a shop whose sale opens up to 100 ms after its instant",
        "  limited    the form page on a shop allowing 1 page load a second (429 beyond it)"
      })
  @Nullable String kind;

  @Option(
      names = "--sale-page",
      paramLabel = "both|countdown|form|server",
      description = {
        "The older spelling of --kind for the sale pages alone: both is --kind countdown,form;",
        "countdown, form and server are the kinds of those names. Not together with --kind."
      })
  @Nullable String salePage;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the JSON (default: attempts/bench-TIME.json).")
  @Nullable Path out;

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Browser executable or channel (chrome, msedge, chromium).")
  @Nullable String browser;

  private final Env env;

  BenchCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (faultOptions.on()) {
      return faults();
    }
    List<String> faultsOnly = faultOptions.givenWithoutFaults();
    if (!faultsOnly.isEmpty()) {
      throw new UserError(
          ExitCode.BAD_INPUT, String.join(", ", faultsOnly) + " only go with --faults");
    }
    if (drops < 1 || drops > MAX_DROPS) {
      throw new UserError(ExitCode.BAD_INPUT, "--drops must be 1.." + MAX_DROPS);
    }
    List<DropKind> kinds = kinds();
    Console console = env.console(common);
    Instant started = Instant.now();
    Path file = outFile(started);
    if (drops < kinds.size()) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--drops must be at least the number of kinds (" + kinds.size() + "): " + drops);
    }
    List<Drop> plan = DropPlan.drops(drops, DropPlan.MAX_SKEW, kinds);
    List<Strategy> strategies =
        List.of(
            new ErrandStrategy(
                env.attempts(Console.silent()), env.workDir, env.errandHome(), browser),
            new NaiveStrategy(browser),
            new FloorStrategy());
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

  /** {@code --faults}: whole purchases on a misbehaving shop instead of the reaction drops. */
  private int faults() {
    boolean dropsGiven =
        spec != null && spec.commandLine().getParseResult().hasMatchedOption("--drops");
    if (kind != null || salePage != null || dropsGiven) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--faults runs its own modes: not with --drops, --kind or --sale-page");
    }
    var modes = faultOptions.modes();
    var settings = faultOptions.settings();
    Console console = env.console(common);
    Instant started = Instant.now();
    return new FaultBenchRun(env, console, browser)
        .run(modes, settings, started, outFile(started, "bench-faults-"));
  }

  /** The kinds {@code --kind} or {@code --sale-page} name, else {@link DropKind#DEFAULT}. */
  private List<DropKind> kinds() {
    if (kind != null && salePage != null) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--sale-page is the older spelling of --kind: give one of them");
    }
    if (salePage != null) {
      return SalePageOption.oneOrBoth(salePage).stream()
          .map(page -> DropKind.valueOf(page.name()))
          .toList();
    }
    if (kind == null) {
      return DropKind.DEFAULT;
    }
    try {
      return DropKind.parse(kind);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.BAD_INPUT, "--kind: " + e.getMessage());
    }
  }

  /**
   * {@code --out}, else {@code attempts/bench-TIME.json}; its directory is made now, so a bad path
   * fails before the run.
   */
  private Path outFile(Instant started) {
    return outFile(started, "bench-");
  }

  /** {@link #outFile(Instant)}, its default name starting with {@code prefix}. */
  private Path outFile(Instant started, String prefix) {
    Path file =
        out != null
            ? env.workDir.resolve(out)
            : env.workDir.resolve("attempts").resolve(prefix + STAMP.format(started) + ".json");
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
                + " · "
                + drop.kind().id()
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
