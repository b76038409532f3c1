package dev.errand.cli;

import dev.errand.attempt.Preparation;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.PageSurvey;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.browser.pw.PlaywrightSurvey;
import dev.errand.check.CheckLine;
import dev.errand.check.CheckWalk;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.profile.ExposedSecrets;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.AllowedDomains;
import dev.errand.recipe.Recipe;
import dev.errand.timing.sync.ClockSync;
import dev.errand.timing.sync.ClockSyncException;
import dev.errand.timing.sync.SyncResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code errand check RECIPE}: the go/no-go before a sale, against the live site, submitting
 * nothing. Validates, walks the steps up to the first purchase step in a headless browser (paced as
 * a run), checks the login, looks every reachable locator up (suggesting what the page offers for a
 * miss), reads how the sale page reveals its buy controls and its own release instant, reads the
 * site's clock, and with {@code --notify} sends a test notification.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "The go/no-go before a sale: check a recipe against the live site, buying nothing.",
      "Opens the pages headless (one page load a second at most), walks the steps that come",
      "before the first purchase step (never a click that buys, pays or submits a form), checks",
      "the logged-in condition and every locator it can reach (✓/✗, with the closest controls",
      "and the YAML line that would match), reads how the sale page reveals its buy controls,",
      "the page's own release instant and the site's clock. Exit 0: go; 1: no-go; 2: bad input."
    })
final class CheckCommand implements Callable<Integer> {

  /** How long errand watches the sale page to see how it will reveal its buy controls. */
  static final Duration WATCH = Duration.ofSeconds(5);

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (YAML).")
  Path recipe;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Profile in profiles/NAME.conf (default: $ERRAND_PROFILE, else example).")
  @Nullable String profile;

  @Option(
      names = "--site",
      paramLabel = "URL",
      description = "Use another base URL (e.g. a staging copy of the shop).")
  @Nullable URI site;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "Release instant to compare with the page's, overriding the recipe's.")
  @Nullable String at;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "NAME=VALUE",
      description = "A recipe input, e.g. -i ticket-type=Seated (repeatable).")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--notify", description = "Also send a test notification (as notify-test).")
  boolean notify;

  private final Env env;

  CheckCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Clock clock = Clock.systemUTC();
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(env.profilesDir(), env.errandHome()))
            .prepare(
                env.workDir.resolve(recipe),
                Profiles.name(env, profile),
                inputs,
                Optional.ofNullable(site),
                RunCommand.parseAt(at),
                false);
    Recipe r = prepared.recipe();
    Profile p = prepared.profile();
    ExposedSecrets.warning(p).ifPresent(console::warn);
    Path absolute = env.workDir.resolve(recipe).normalize();
    String file =
        absolute.startsWith(env.workDir)
            ? env.workDir.relativize(absolute).toString()
            : recipe.toString();
    Printer printer = new Printer(console);
    printer.accept(
        new CheckLine(
            CheckLine.Mark.PASS,
            "recipe",
            "valid: " + r.name() + " · " + r.allSteps().size() + " steps",
            List.of("may reach: " + AllowedDomains.describe(r.allowedDomains()))));
    Pacing pacing = env.pacing.forSite(r.site());
    RequestBudget budget = pacing.budget();
    console.info(
        console.dim("opening " + r.site() + " headless (one page load a second at most)…"));
    int failures;
    try (BrowserSession session =
        new PlaywrightLauncher()
            .launch(
                new LaunchSpec(
                    p.browser().executable(),
                    true,
                    p.browser().dataDir().orElseThrow(),
                    p.browser().args(),
                    budget))) {
      PageSurvey survey =
          PlaywrightSurvey.of(session)
              .orElseThrow(() -> new IllegalStateException("no survey of the page"));
      CheckWalk.Findings found =
          new CheckWalk(
                  r, file, session.page(), survey, p.browser().stepTimeout(), WATCH, clock, printer)
              .walk();
      failures = found.failures();
    }
    failures += clock(printer, r.site(), pacing, budget);
    if (notify) {
      console.info(console.dim("sending a test notification…"));
      failures += NotifyTestCommand.send(env, console, p) == ExitCode.OK ? 0 : 1;
    }
    if (failures == 0) {
      console.always(console.green("go") + ": nothing failed");
      return ExitCode.OK;
    }
    console.always(
        console.red("no-go")
            + ": "
            + failures
            + " problem"
            + (failures == 1 ? "" : "s")
            + " (✗ above)");
    return ExitCode.RUN_FAILED;
  }

  /** Reads the site's clock as a run would; returns 1 when it cannot be trusted. */
  private static int clock(Printer printer, URI site, Pacing pacing, RequestBudget budget) {
    SyncResult result;
    try {
      result = ClockSync.sync(site, ClockSync.Options.defaults().withPacing(pacing), budget);
    } catch (ClockSyncException e) {
      printer.accept(
          new CheckLine(
              CheckLine.Mark.FAIL,
              "site clock",
              "not read: " + e.getMessage(),
              List.of("errand run would act by this machine's clock with a wide margin")));
      return 1;
    }
    double margin = result.uncertainty().toNanos() / 1e6;
    String line =
        String.format(
            Locale.ROOT,
            "%+.3f s ± %.1f ms: errand would fire %.1f ms after the release instant by the site's"
                + " clock at the earliest (never early)",
            result.offset().toNanos() / 1e9,
            margin,
            margin);
    List<String> notes = result.warnings();
    if (!result.consistent()) {
      printer.accept(new CheckLine(CheckLine.Mark.FAIL, "site clock", line, notes));
      return 1;
    }
    if (result.uncertainty().compareTo(SyncResult.WIDE) > 0) {
      printer.accept(
          new CheckLine(
              CheckLine.Mark.NOTE,
              "site clock",
              line,
              List.of("a wide margin: errand may act up to twice it late")));
      return 0;
    }
    printer.accept(new CheckLine(CheckLine.Mark.PASS, "site clock", line, notes));
    return 0;
  }

  /** Prints check lines as they come: mark, where, what, then the details indented. */
  private static final class Printer implements java.util.function.Consumer<CheckLine> {
    private final Console console;

    Printer(Console console) {
      this.console = console;
    }

    @Override
    public void accept(CheckLine line) {
      String mark =
          switch (line.mark()) {
            case PASS -> console.green(line.mark().symbol());
            case FAIL -> console.red(line.mark().symbol());
            case NOTE -> console.cyan(line.mark().symbol());
            case SKIPPED -> console.dim(line.mark().symbol());
          };
      console.always(mark + " " + String.format("%-22s", line.where()) + " " + line.what());
      for (String d : line.details()) {
        console.always("    " + console.dim(d));
      }
    }
  }
}
