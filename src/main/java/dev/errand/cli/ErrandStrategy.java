package dev.errand.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.bench.BenchReport;
import dev.errand.bench.Strategy;
import dev.errand.bench.Strike;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig.SalePage;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.StopHere;
import dev.errand.journal.JournalLines;
import dev.errand.polite.Pacing;
import dev.errand.profile.ProfileLoader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * errand itself in {@code errand bench}, through the real product path: the demo recipe (on the
 * server-rendered sale page, {@link #SERVER_PAGE_RECIPE}) prepared against the drop's shop, run by
 * {@link AttemptRunner} headless with a site-clock sync, stopping at the first handoff. Its console
 * is silent; the clock offset, never-early margin and at-release steps are read from the attempt's
 * journal.
 */
final class ErrandStrategy implements Strategy {

  /**
   * Arming, and a clock sync of about 23 probes (never in the last 8 s), fit in this. A real run
   * started minutes early syncs with 30; with 14, a sync begun while the browser starts (round
   * trips of 10–25 ms) had too few quiet probes left and ended ±6–11 ms wide.
   */
  static final Duration SET_UP = Duration.ofSeconds(32);

  /**
   * The same with {@link Pacing#THIS_MACHINE} (the tests' pacing): probes meet every tick-over of
   * the shop's clock and may go on until a second before the instant.
   */
  static final Duration SET_UP_THIS_MACHINE = Duration.ofSeconds(16);

  /**
   * The recipe for the server-rendered sale page: the demo recipe's, but reloading at the instant
   * rather than first waiting 3 s for a form that page never shows by itself.
   */
  static final String SERVER_PAGE_RECIPE = "recipes/bench-server-page.yaml";

  private final Env env;
  private final String browser;

  /**
   * @param browser the browser setting; null for the profile's
   */
  ErrandStrategy(Env env, String browser) {
    this.env = env;
    this.browser = browser;
  }

  @Override
  public String name() {
    return BenchReport.ERRAND;
  }

  @Override
  public Duration setUp() {
    return env.pacing.faster() ? SET_UP_THIS_MACHINE : SET_UP;
  }

  @Override
  public Strike strike(DemoShop shop) {
    try (TempDirs tmp = new TempDirs("errand-bench-")) {
      Preparation.Prepared prepared =
          new Preparation(
                  new ProfileLoader(
                      Bundled.file(
                              env.workDir, "profiles/" + DemoCommand.PROFILE + ".conf", tmp.path())
                          .getParent(),
                      env.errandHome()))
              .prepare(
                  Bundled.file(env.workDir, recipeFor(shop.config().salePage()), tmp.path()),
                  DemoCommand.PROFILE,
                  Map.of(),
                  Optional.of(shop.url()),
                  Optional.of(shop.releaseAt()),
                  false);
      PrintStream silent =
          new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      AttemptRunner.Attempt attempt =
          new AttemptRunner(
                  new PlaywrightLauncher(),
                  new Console(silent, silent, Console.Verbosity.QUIET, false),
                  Clock.systemUTC(),
                  env.pacing)
              .run(
                  new AttemptRunner.Setup(
                      prepared.recipe(),
                      prepared.profile(),
                      true,
                      browser != null ? browser : prepared.profile().browser().executable(),
                      tmp.sub("browser"),
                      new ByReason(new StopHere("bench: stops here")),
                      tmp.sub("attempts"),
                      prepared.profile().lead(),
                      true,
                      Optional.empty()));
      List<JsonNode> events = events(attempt.folder().journalFile());
      return new Strike(
          measuredOffset(events),
          controlShown(events),
          margin(events),
          reloadStarted(events),
          attempt.result().outcome().id() + " — " + attempt.result().message());
    }
  }

  /** The recipe errand runs on {@code page}. */
  static String recipeFor(SalePage page) {
    return page == SalePage.SERVER ? SERVER_PAGE_RECIPE : DemoCommand.RECIPE;
  }

  /** The never-early margin of the {@code release} event in a journal, if any. */
  static Optional<Duration> margin(List<JsonNode> events) {
    return events.stream()
        .filter(e -> e.path("event").asText().equals("release") && e.hasNonNull("marginMs"))
        .findFirst()
        .map(e -> millis(e.get("marginMs")));
  }

  /**
   * When the first at-release {@code reload} that ran (was not skipped) started, since the release;
   * empty when none ran.
   */
  static Optional<Duration> reloadStarted(List<JsonNode> events) {
    return firstDone(events, "reload").map(done -> millis(done.start().get("sinceReleaseMs")));
  }

  /** The start and end events of the first at-release step of {@code type} that ended ok. */
  private record Done(JsonNode start, JsonNode end) {}

  private static Optional<Done> firstDone(List<JsonNode> events, String type) {
    Map<Integer, JsonNode> starts = new HashMap<>();
    for (JsonNode event : events) {
      if (!event.path("phase").asText().equals("at-release")
          || !event.path("type").asText().equals(type)) {
        continue;
      }
      int index = event.path("index").asInt();
      String name = event.path("event").asText();
      if (name.equals("step-start") && event.hasNonNull("sinceReleaseMs")) {
        starts.put(index, event);
      } else if (name.equals("step-end")
          && event.path("result").asText().equals("ok")
          && starts.containsKey(index)) {
        return Optional.of(new Done(starts.get(index), event));
      }
    }
    return Optional.empty();
  }

  /** The offset of the last successful {@code clock-sync} in a journal, if any. */
  static Optional<Duration> measuredOffset(List<JsonNode> events) {
    Optional<Duration> offset = Optional.empty();
    for (JsonNode event : events) {
      if (event.path("event").asText().equals("clock-sync")
          && event.path("ok").asBoolean()
          && event.hasNonNull("offsetMs")) {
        offset = Optional.of(millis(event.get("offsetMs")));
      }
    }
    return offset;
  }

  /**
   * When the first {@code wait-for} of the at-release steps that held saw the buy control, after
   * the instant: its start (since the release) plus its duration; empty when no such step held.
   */
  static Optional<Duration> controlShown(List<JsonNode> events) {
    return firstDone(events, "wait-for")
        .map(
            done ->
                millis(done.start().get("sinceReleaseMs"))
                    .plus(millis(done.end().get("durationMs"))));
  }

  private static Duration millis(JsonNode value) {
    return Duration.ofNanos(Math.round(value.asDouble() * 1e6));
  }

  /** A journal's events, in order, read as every other journal reader does. */
  static List<JsonNode> events(Path journal) {
    return JournalLines.read(journal).events();
  }
}
