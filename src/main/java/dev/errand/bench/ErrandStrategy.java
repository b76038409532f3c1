package dev.errand.bench;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.Bundled;
import dev.errand.attempt.TempDirs;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig.SalePage;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.StopHere;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.Pacing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * errand itself in {@code errand bench}, through the real product path: the demo recipe (on the
 * server-rendered sale page, {@link #SERVER_PAGE_RECIPE}) prepared against the drop's shop, run by
 * {@link AttemptRunner} headless with a site-clock sync, stopping at the first handoff. Its console
 * is silent; the clock offset, never-early margin and at-release steps are read from the attempt's
 * journal.
 */
public final class ErrandStrategy implements Strategy {

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

  private final DemoAttempts demo;

  /**
   * @param attempts runs errand's attempt, silently
   * @param workDir where the checkout's own recipe and profile win over the bundled copies
   * @param browser the browser setting; null for the profile's
   */
  public ErrandStrategy(
      AttemptRunner attempts, Path workDir, Path errandHome, @Nullable String browser) {
    this.demo = new DemoAttempts(attempts, workDir, errandHome, browser);
  }

  @Override
  public String name() {
    return BenchReport.ERRAND;
  }

  @Override
  public Duration setUp() {
    return demo.runner().pacing().faster() ? SET_UP_THIS_MACHINE : SET_UP;
  }

  @Override
  public Strike strike(DemoShop shop) {
    try (TempDirs tmp = new TempDirs("errand-bench-")) {
      Attempt attempt =
          demo.run(
              shop,
              recipeFor(shop.config().salePage()),
              new ByReason(new StopHere("bench: stops here")),
              tmp);
      List<JournalEvent> events = events(attempt.folder().journalFile());
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
    return page == SalePage.SERVER ? SERVER_PAGE_RECIPE : Bundled.DEMO_RECIPE;
  }

  /** The never-early margin of the {@code release} event in a journal, if any. */
  static Optional<Duration> margin(List<JournalEvent> events) {
    for (JournalEvent event : events) {
      if (event instanceof JournalEvent.Release r && r.marginMs() != null) {
        return Optional.of(millis(r.marginMs()));
      }
    }
    return Optional.empty();
  }

  /**
   * When the first at-release {@code reload} that ran (was not skipped) started, since the release;
   * empty when none ran.
   */
  static Optional<Duration> reloadStarted(List<JournalEvent> events) {
    return firstDone(events, "reload").map(done -> millis(done.startMs()));
  }

  /**
   * The first at-release step of {@code type} that ended ok: when it started, since the release,
   * and how long it took (null when its {@code step-end} does not say).
   */
  private record Done(double startMs, @Nullable Double durationMs) {}

  private static Optional<Done> firstDone(List<JournalEvent> events, String type) {
    Map<Integer, Double> starts = new HashMap<>();
    for (JournalEvent event : events) {
      if (event instanceof JournalEvent.StepStart s
          && "at-release".equals(s.phase())
          && type.equals(s.type())
          && s.sinceReleaseMs() != null) {
        starts.put(s.index(), s.sinceReleaseMs());
      } else if (event instanceof JournalEvent.StepEnd e
          && "at-release".equals(e.phase())
          && type.equals(e.type())
          && "ok".equals(e.result())
          && starts.containsKey(e.index())) {
        return Optional.of(new Done(starts.get(e.index()), e.durationMs()));
      }
    }
    return Optional.empty();
  }

  /** The offset of the last successful {@code clock-sync} in a journal, if any. */
  static Optional<Duration> measuredOffset(List<JournalEvent> events) {
    Optional<Duration> offset = Optional.empty();
    for (JournalEvent event : events) {
      if (event instanceof JournalEvent.ClockSync c && c.succeeded() && c.offsetMs() != null) {
        offset = Optional.of(millis(c.offsetMs()));
      }
    }
    return offset;
  }

  /**
   * When the first {@code wait-for} of the at-release steps that held saw the buy control, after
   * the instant: its start (since the release) plus its duration; empty when no such step held.
   */
  static Optional<Duration> controlShown(List<JournalEvent> events) {
    return firstDone(events, "wait-for")
        .flatMap(
            done ->
                done.durationMs() == null
                    ? Optional.empty()
                    : Optional.of(millis(done.startMs()).plus(millis(done.durationMs()))));
  }

  private static Duration millis(double ms) {
    return Duration.ofNanos(Math.round(ms * 1e6));
  }

  /** A journal's events, in order, read as every other journal reader does. */
  static List<JournalEvent> events(Path journal) {
    return JournalLines.read(journal).events();
  }
}
