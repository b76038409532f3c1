package dev.errand.cli;

import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.Handover;
import dev.errand.attempt.Preparation;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.profile.ExposedSecrets;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.timing.TimeParseException;
import dev.errand.timing.TimeParser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

  @Mixin CommonOptions common;

  @Mixin BrowserOptions browserOptions;

  @Mixin QueueOptions queue;

  @Mixin HandoffPages handoffPages;

  @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (YAML).")
  Path recipe;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Profile in profiles/NAME.conf (default: $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = {
        "Release instant, overriding the recipe's: 2026-12-01T10:00:00+01:00,",
        "or a local time and zone: '2026-12-01 10:00 Europe/London'."
      })
  @Nullable String at;

  @Option(names = "--now", description = "Ignore the release time: run every step at once.")
  boolean now;

  @Option(
      names = "--lead",
      paramLabel = "DURATION",
      description = "Arm this long before the release (default: the profile's timing.lead, 3m).")
  @Nullable String lead;

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
  @Nullable URI site;

  @Option(
      names = "--attempts",
      paramLabel = "DIR",
      description = "Where attempt folders go (default: the profile's attempts.dir).")
  @Nullable Path attempts;

  private final Env env;

  RunCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Clock clock = Clock.systemUTC();
    Optional<Instant> release = parseAt(at);
    Duration queueTimeout = queue.queueTimeout();
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(env.profilesDir(), env.errandHome()))
            .prepare(
                env.workDir.resolve(recipe),
                Profiles.name(env, profile),
                inputs,
                Optional.ofNullable(site),
                release,
                now);
    prepared.recipe().release().ifPresent(r -> Preparation.refusePast(r, clock));
    ExposedSecrets.warning(prepared.profile()).ifPresent(console::warn);
    Handover handover =
        new Handover(
            env.headless(browserOptions, prepared.profile()),
            remote(prepared.profile()),
            handoffPages.page(prepared.profile(), handoffEndsRun));
    handover.refuseNobody(prepared.recipe(), handoffEndsRun);
    AttemptOptions.Builder options =
        AttemptOptions.of(prepared)
            .headless(handover.headless().on())
            .browser(browserOptions.browserSetting(prepared.profile()))
            .responder(handover.responder(env.in, clock))
            .attemptsRoot(
                attempts != null ? attempts : env.workDir.resolve(prepared.profile().attemptsDir()))
            .syncClock(!localClock && prepared.profile().syncClock())
            .remote(handover.remote())
            .handoffPage(handover.page())
            .queueTimeout(queueTimeout);
    if (lead != null) {
      options.lead(DurationOptions.parse("--lead", lead));
    }
    return ExitCode.of(env.attempts(console).run(options.build()).result().outcome());
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

  static Optional<Instant> parseAt(@Nullable String at) {
    if (at == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimeParser.parse(at));
    } catch (TimeParseException e) {
      throw new UserError(ExitCode.BAD_INPUT, "--at: " + e.getMessage());
    }
  }
}
