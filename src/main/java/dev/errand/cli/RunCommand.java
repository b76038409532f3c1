package dev.errand.cli;

import dev.errand.browser.Display;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.PersonInput;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.handoff.StopHere;
import dev.errand.handoff.TerminalHandoff;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffResponder;
import dev.errand.run.Outcome;
import dev.errand.timing.TimeParseException;
import dev.errand.timing.TimeParser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code errand run RECIPE}: arm, wait for the release instant, act, hand over. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run a recipe in a real browser, handing over to you at challenges and payment.",
      "errand arms early, reads the site's clock and acts at the release instant."
    })
final class RunCommand implements Callable<Integer> {

  /** How long after a release time errand still treats it as "now" rather than "in the past". */
  static final Duration PAST_GRACE = Duration.ofSeconds(5);

  @Mixin CommonOptions common;

  @Mixin BrowserOptions browserOptions;

  @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (YAML).")
  Path recipe;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Profile in profiles/NAME.conf (default: $ERRAND_PROFILE, else example).")
  String profile;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = {
        "Release instant, overriding the recipe's: 2026-12-01T10:00:00+01:00,",
        "or a local time and zone: '2026-12-01 10:00 Europe/London'."
      })
  String at;

  @Option(names = "--now", description = "Ignore the release time: run every step at once.")
  boolean now;

  @Option(
      names = "--lead",
      paramLabel = "DURATION",
      description = "Arm this long before the release (default: the profile's timing.lead, 3m).")
  String lead;

  @Option(
      names = "--local-clock",
      description = "Act by this machine's clock instead of reading the site's.")
  boolean localClock;

  @Option(
      names = "--handoff-ends-run",
      description = {
        "Without a visible browser nobody can take over: accept that a handoff then ends the run",
        "(recorded in the journal) instead of refusing to start."
      })
  boolean handoffEndsRun;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "NAME=VALUE",
      description = "A recipe input, e.g. -i ticket-type=Seated (repeatable).")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(
      names = "--site",
      paramLabel = "URL",
      description = "Use another base URL (e.g. a staging copy of the shop).")
  URI site;

  @Option(
      names = "--attempts",
      paramLabel = "DIR",
      description = "Where attempt folders go (default: the profile's attempts.dir).")
  Path attempts;

  private final Env env;

  RunCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Clock clock = Clock.systemUTC();
    Optional<Instant> release = parseAt(at);
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(env.profilesDir(), env.errandHome()))
            .prepare(
                env.workDir.resolve(recipe),
                Profiles.name(env, profile),
                inputs,
                Optional.ofNullable(site),
                release,
                now);
    prepared.recipe().release().ifPresent(r -> refusePast(r, clock));
    Optional<RemoteHandoff> remote = remote(prepared.profile());
    boolean headlessRun =
        browserOptions.headless
            || prepared
                .profile()
                .browser()
                .headless()
                .orElse(!Display.present(env.vars, System.getProperty("os.name")));
    boolean nobodyCanTakeOver = headlessRun && remote.isEmpty();
    if (nobodyCanTakeOver && !handoffEndsRun && handsOff(prepared.recipe())) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          List.of(
              "errand: this recipe hands over to you (a challenge or payment), but the browser would be"
                  + " headless ("
                  + (browserOptions.headless
                      ? "--headless"
                      : Display.present(env.vars, System.getProperty("os.name"))
                          ? "profile browser.headless"
                          : "no display here")
                  + "), so nobody could take over.",
              "Run it where there is a display; or add --remote-handoff[=PORT] to take over through"
                  + " Chrome remote debugging on 127.0.0.1 (chrome://inspect, or the port forwarded"
                  + " over SSH); or add --handoff-ends-run to accept that the run ends at the first"
                  + " handoff."));
    }
    HandoffResponder responder =
        nobodyCanTakeOver
            ? new ByReason(
                new StopHere(
                    "errand runs headless, so nobody can take over in the browser; the run ends at this"
                        + " handoff. Run with a display (without --headless), or with"
                        + " --remote-handoff, to take over."))
            : new TerminalHandoff(
                PersonInput.reading(env.in),
                clock,
                headlessRun ? TerminalHandoff.REMOTELY : TerminalHandoff.IN_THE_WINDOW);
    AttemptRunner.Attempt attempt =
        new AttemptRunner(new PlaywrightLauncher(), console, clock, env.pacing)
            .run(
                new AttemptRunner.Setup(
                    prepared.recipe(),
                    prepared.profile(),
                    headlessRun,
                    browserOptions.browserSetting(prepared.profile()),
                    prepared.profile().browser().dataDir().orElseThrow(),
                    responder,
                    attempts != null
                        ? attempts
                        : env.workDir.resolve(prepared.profile().attemptsDir()),
                    lead != null
                        ? DurationOptions.parse("--lead", lead)
                        : prepared.profile().lead(),
                    !localClock && prepared.profile().syncClock(),
                    remote));
    return exitCode(attempt.result().outcome());
  }

  /**
   * Remote debugging for the person, from {@code --remote-handoff}, else the profile's {@code
   * handoff.remote-port} unless {@code --handoff-ends-run} says this run needs nobody.
   */
  private Optional<RemoteHandoff> remote(Profile profile) {
    if (browserOptions.remoteAsked() && handoffEndsRun) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--remote-handoff lets you take over and --handoff-ends-run ends the run at the first"
              + " handoff: choose one");
    }
    return handoffEndsRun ? Optional.empty() : browserOptions.remote(profile);
  }

  /** Whether any step of the recipe hands over to the person. */
  static boolean handsOff(Recipe recipe) {
    return recipe.allSteps().stream().anyMatch(step -> step instanceof Step.Handoff);
  }

  static Optional<Instant> parseAt(String at) {
    if (at == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimeParser.parse(at));
    } catch (TimeParseException e) {
      throw new UserError(ExitCode.BAD_INPUT, "--at: " + e.getMessage());
    }
  }

  static void refusePast(Instant release, Clock clock) {
    Duration ago = Duration.between(release, clock.instant());
    if (ago.compareTo(PAST_GRACE) > 0) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "the release time "
              + release
              + " is "
              + ConsoleListener.hms(ago.toSeconds())
              + " in the past; errand never fires late silently. Use --now to run at once, or --at for another time.");
    }
  }

  static int exitCode(Outcome outcome) {
    switch (outcome) {
      case COMPLETED:
      case PURCHASED:
        return ExitCode.OK;
      case REACHED_PAYMENT:
      case HANDOFF_TIMEOUT:
        return ExitCode.HANDED_OFF;
      case ABORTED:
        return ExitCode.ABORTED;
      default:
        return ExitCode.RUN_FAILED;
    }
  }
}
