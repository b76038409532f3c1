package dev.errand.cli;

import dev.errand.attempt.AttemptException;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.Handover;
import dev.errand.attempt.Preparation;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Condition;
import dev.errand.watch.ScheduleParser;
import dev.errand.watch.WatchCondition;
import dev.errand.watch.WatchPlan;
import dev.errand.watch.WatchSchedule;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code errand watch RECIPE}: check on a schedule, buy when it shows up, hand over. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Watch for cancellations and daily drops: look at the page on a schedule and, when the",
      "recipe's available: condition holds (else its at-release steps' first wait-for), run the",
      "purchase steps at once and hand over to you as 'run' does. Ctrl-C stops watching."
    })
final class WatchCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Mixin BrowserOptions browserOptions;

  @Mixin QueueOptions queue;

  @Mixin HandoffPages handoffPages;

  @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (YAML).")
  Path recipe;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      description = "Check this often (e.g. 5m; at least 10s). The browser stays open up to 10m.")
  @Nullable String every;

  @Option(
      names = "--between",
      paramLabel = "HH:MM-HH:MM",
      description = "With --every: check only inside this window of each day (e.g. 08:00-23:00).")
  @Nullable String between;

  @Option(
      names = "--daily",
      paramLabel = "HH:MM",
      description = "Check once a day at this time (e.g. 04:00), a few seconds after it.")
  @Nullable String daily;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The time zone of --between and --daily (default: this machine's).")
  @Nullable String zone;

  @Option(
      names = "--keep-watching",
      description = "Carry on watching after a success (default: one success ends the watch).")
  boolean keepWatching;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      description = "Stop watching after this long (default: until it fires or Ctrl-C).")
  @Nullable String atMost;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Profile in profiles/NAME.conf (default: $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  @Option(
      names = "--handoff-ends-run",
      description = {
        "Without a visible browser nobody can take over: accept that a handoff then ends the",
        "watch (recorded in the journal) instead of refusing to start."
      })
  boolean handoffEndsRun;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "NAME=VALUE",
      description = "A recipe input, e.g. -i party-size=4 (repeatable).")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(
      names = "--site",
      paramLabel = "URL",
      description = "Use another base URL (e.g. a staging copy of the site).")
  @Nullable URI site;

  @Option(
      names = "--attempts",
      paramLabel = "DIR",
      description = "Where attempt folders go (default: the profile's attempts.dir).")
  @Nullable Path attempts;

  private final Env env;

  WatchCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Clock clock = Clock.systemUTC();
    WatchPlan plan =
        new WatchPlan(
            schedule(),
            keepWatching,
            Optional.ofNullable(atMost).map(text -> DurationOptions.parse("--for", text)),
            new SecureRandom()::nextDouble);
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(env.profilesDir(), env.errandHome()))
            .prepare(
                env.workDir.resolve(recipe),
                Profiles.name(env, profile),
                inputs,
                Optional.ofNullable(site),
                Optional.empty(),
                true);
    Condition available =
        WatchCondition.of(prepared.recipe())
            .orElseThrow(
                () ->
                    new AttemptException(
                        AttemptException.Kind.BAD_INPUT,
                        prepared.recipe().source()
                            + ": a watch needs to know when to buy: add an available: condition"
                            + " (e.g. available: {visible: {role: button, name: Book}}) or start"
                            + " the at-release steps with a wait-for"));
    Handover handover =
        new Handover(
            env.headless(browserOptions, prepared.profile()),
            remote(prepared.profile()),
            handoffPages.page(prepared.profile(), handoffEndsRun));
    handover.refuseNobody(prepared.recipe(), handoffEndsRun);
    AttemptOptions options =
        AttemptOptions.of(prepared)
            .headless(handover.headless().on())
            .browser(browserOptions.browserSetting(prepared.profile()))
            .responder(handover.responder(env.in, clock))
            .attemptsRoot(
                attempts != null ? attempts : env.workDir.resolve(prepared.profile().attemptsDir()))
            .syncClock(false)
            .remote(handover.remote())
            .handoffPage(handover.page())
            .queueTimeout(queue.queueTimeout())
            .build();
    return ExitCode.of(env.watches(console).watch(options, plan, available).result().outcome());
  }

  private WatchSchedule schedule() {
    try {
      return ScheduleParser.parse(
          Optional.ofNullable(every).map(text -> DurationOptions.parse("--every", text)),
          Optional.ofNullable(between),
          Optional.ofNullable(daily),
          Optional.ofNullable(zone),
          ZoneId.systemDefault());
    } catch (ScheduleParser.ScheduleException e) {
      throw new UserError(ExitCode.BAD_INPUT, String.valueOf(e.getMessage()));
    }
  }

  /** As {@code run}: remote debugging unless {@code --handoff-ends-run} says nobody takes over. */
  private Optional<RemoteHandoff> remote(Profile profile) {
    if (browserOptions.remoteAsked() && handoffEndsRun) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--remote-handoff lets you take over and --handoff-ends-run ends the watch at the first"
              + " handoff: choose one");
    }
    return handoffEndsRun ? Optional.empty() : browserOptions.remote(profile);
  }
}
