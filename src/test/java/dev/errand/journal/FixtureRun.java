package dev.errand.journal;

import dev.errand.browser.PageEvents;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.SiteFigures;
import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import dev.errand.run.StepReport;
import dev.errand.run.StepStatus;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import dev.errand.timing.sync.OffsetBounds;
import dev.errand.timing.sync.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Writes attempt folders for tests through the real {@link Journal} and {@link JournalListener}, on
 * a clock the test moves by hand, so the reader is tested against what the writer writes.
 */
public final class FixtureRun {

  /** A clock the test sets and advances. */
  static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The site clock's never-early margin. */
  private static final Duration MARGIN = Duration.ofMillis(5);

  private final HandClock clock;
  private final Duration offset;
  private final AttemptFolder folder;
  private final Journal journal;
  private final JournalListener listener;
  private final Instant release;

  private FixtureRun(
      HandClock clock, Duration offset, AttemptFolder folder, Instant release, String recipe) {
    this.clock = clock;
    this.offset = offset;
    this.folder = folder;
    this.release = release;
    this.journal = new Journal(folder.journalFile(), clock);
    SiteClock site =
        new SiteClock() {
          @Override
          public Instant now() {
            return clock.instant().plus(offset);
          }

          @Override
          public Duration uncertainty() {
            return MARGIN;
          }

          @Override
          public String describe() {
            return "site clock: local +" + offset.toMillis() + " ms ±5.0 ms";
          }
        };
    this.listener = new JournalListener(journal, folder.dir().toAbsolutePath(), site);
  }

  /**
   * Starts a run of {@code recipe} at local time {@code start}; the site's clock is {@code offset}
   * ahead and the sale opens at {@code release} (site time). Writes run-start and browser events.
   */
  public static FixtureRun start(
      Path root, String recipe, String sha, Instant start, Instant release, Duration offset) {
    HandClock clock = new HandClock(start);
    FixtureRun run =
        new FixtureRun(clock, offset, AttemptFolder.create(root, recipe, clock), release, recipe);
    run.journal.append(
        new JournalEvent.RunStart(
            clock.instant(),
            "9.9.9",
            "17.0.99",
            "Linux amd64",
            "recipes/" + AttemptFolder.slug(recipe) + ".yaml",
            recipe,
            sha,
            "http://127.0.0.1:4000/",
            "example",
            2,
            release,
            true,
            180_000L,
            true));
    run.journal.append(
        new JournalEvent.Browser(
            clock.instant(), "Chromium", "156.0.1", "/usr/bin/chromium", true, null));
    return run;
  }

  public Path dir() {
    return folder.dir();
  }

  public String id() {
    return folder.id();
  }

  public Instant now() {
    return clock.instant();
  }

  public FixtureRun advance(long ms) {
    clock.now = clock.now.plusMillis(ms);
    return this;
  }

  /** Moves this machine's clock to {@code ms} after the release instant (site time). */
  public FixtureRun at(long ms) {
    clock.now = release.minus(offset).plusMillis(ms);
    return this;
  }

  /** A successful clock reading like SiteClockKeeper's, with two probes narrowing the offset. */
  public FixtureRun clockSync() {
    long off = offset.toNanos();
    journal.append(
        JournalEvent.ClockSync.synced(
            clock.instant(),
            "arm",
            "http://127.0.0.1:4000/",
            off / 1e6,
            5.0,
            8.0,
            2,
            "/robots.txt",
            true,
            null,
            List.of("the estimate is ±5.0 ms"),
            List.of(
                sample(
                    1,
                    off - 400_000_000L,
                    off + 600_000_000L,
                    off - 400_000_000L,
                    off + 600_000_000L),
                sample(
                    2, off - 5_000_000L, off + 900_000_000L, off - 5_000_000L, off + 5_000_000L))));
    return this;
  }

  private static Sample sample(int n, long lo, long hi, long afterLo, long afterHi) {
    return new Sample(
        n,
        Sample.Use.USED,
        null,
        null,
        "HEAD",
        200,
        null,
        null,
        null,
        new OffsetBounds(lo, hi),
        new OffsetBounds(afterLo, afterHi),
        null,
        "/robots.txt");
  }

  /** The release instant arrives; errand fires {@code lateMs} after the planned fire time. */
  public FixtureRun release(long lateMs) {
    listener.waiting(release, Duration.ZERO);
    at(5 + lateMs);
    listener.released(
        release,
        new ReleaseWaiter.Fired(release.plus(MARGIN), MARGIN, Duration.ofMillis(lateMs), false));
    return this;
  }

  public FixtureRun phase(Phase phase, int steps) {
    listener.phaseStarted(phase, steps);
    return this;
  }

  /** A step that starts now, takes {@code ms} and ends with {@code status}. */
  public FixtureRun step(
      Phase phase, int index, Step step, long ms, StepStatus status, String matched) {
    Instant started = clock.instant();
    listener.stepStarted(phase, index, step, started);
    advance(ms);
    listener.stepFinished(
        new StepReport(
            phase,
            index,
            step,
            status,
            started,
            Duration.ofMillis(ms),
            Optional.ofNullable(matched),
            status == StepStatus.FAILED ? Optional.of("no element matched") : Optional.empty()));
    return this;
  }

  public FixtureRun ok(Phase phase, int index, Step step, long ms) {
    return step(phase, index, step, ms, StepStatus.OK, null);
  }

  /** A step that starts and never ends (the run is killed during it). */
  public FixtureRun startOnly(Phase phase, int index, Step step) {
    listener.stepStarted(phase, index, step, clock.instant());
    return this;
  }

  public FixtureRun screenshot(String name) {
    Path file = folder.dir().resolve(name);
    try {
      Files.write(file, TinyPng.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    listener.artifactSaved("screenshot", file);
    return this;
  }

  public FixtureRun handoff(HandoffReason reason, String message, HandoffResult result, long ms) {
    HandoffRequest request =
        new HandoffRequest(
            reason,
            message,
            Optional.empty(),
            Duration.ofMinutes(15),
            "http://127.0.0.1:4000/payment",
            "http://127.0.0.1:4000/",
            Optional.empty(),
            Optional.empty());
    listener.handoffStarted(request);
    advance(ms);
    listener.handoffEnded(request, result);
    return this;
  }

  public FixtureRun note(String message) {
    listener.note(message);
    return this;
  }

  public FixtureRun dismissed(String what) {
    listener.dismissed(what);
    return this;
  }

  public FixtureRun outcome(Outcome outcome, String message) {
    listener.finished(RunResult.of(outcome, message));
    return close();
  }

  public FixtureRun close() {
    journal.close();
    return this;
  }

  /** What a crash in the middle of writing leaves: half a line, no newline. */
  public FixtureRun cutOffLine() {
    try {
      Files.writeString(
          folder.journalFile(),
          "{\"t\":\"" + clock.instant() + "\",\"event\":\"step-e",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  // steps as the demo recipe has them

  public static Step goTo(String url, int line) {
    return new Step.Goto(url, at(line));
  }

  public static Step click(String name, int line) {
    return new Step.Click(new Locator.ByRole("button", name, false), at(line));
  }

  public static Step waitFor(String text, int line) {
    return new Step.WaitFor(new Condition.Visible(new Locator.ByText(text, false)), at(line));
  }

  public static StepOptions at(int line) {
    return new StepOptions(
        false, Optional.empty(), Optional.empty(), new SourcePos(Path.of("r.yaml"), line, 3));
  }

  /** A demo run: arm, release, at-release, after, a payment handoff, reached-payment. */
  public static FixtureRun demo(Path root, Instant start, String sha, long selectMs) {
    return demo(root, start, sha, selectMs, 1);
  }

  /** The demo run, firing {@code lateMs} after the planned instant. */
  public static FixtureRun demo(Path root, Instant start, String sha, long selectMs, long lateMs) {
    Instant release = start.plusSeconds(20);
    FixtureRun run =
        start(root, "Demo shop — two tickets", sha, start, release, Duration.ofMillis(2500));
    run.advance(2000).phase(Phase.ARM, 2);
    run.ok(Phase.ARM, 0, goTo("/events/aurora", 14), 400);
    run.ok(Phase.ARM, 1, click("Accept all", 15), 300);
    run.screenshot("01-armed.png");
    run.advance(1000).clockSync();
    run.release(lateMs);
    run.phase(Phase.AT_RELEASE, 2);
    run.step(
        Phase.AT_RELEASE,
        0,
        waitFor("Ticket type", 22),
        60,
        StepStatus.OK,
        "{text: 'Ticket type'}");
    run.ok(Phase.AT_RELEASE, 1, click("Add to basket", 23), selectMs);
    run.phase(Phase.AFTER, 1);
    Step pay =
        new Step.Handoff(
            HandoffReason.PAYMENT,
            "Pay in the browser window",
            Optional.empty(),
            Optional.empty(),
            at(40));
    Instant started = run.now();
    run.listener.stepStarted(Phase.AFTER, 0, pay, started);
    run.screenshot("02-handoff-payment.png");
    run.handoff(HandoffReason.PAYMENT, "Pay in the browser window", HandoffResult.STOPPED, 2);
    run.note("errand stops at payment and never pays");
    run.listener.stepFinished(
        new StepReport(
            Phase.AFTER,
            0,
            pay,
            StepStatus.OK,
            started,
            Duration.between(started, run.now()),
            Optional.empty(),
            Optional.of("stopped at payment; errand never pays")));
    return run.outcome(Outcome.REACHED_PAYMENT, "stopped at payment; errand never pays");
  }

  /**
   * A page load that starts now: the site refuses it with {@code refused} first (one retry after
   * {@code waitMs}), then answers {@code status}; it takes {@code ms}.
   */
  public FixtureRun load(
      Phase phase, int index, Step step, long ms, int refused, long waitMs, int status) {
    Instant started = clock.instant();
    listener.stepStarted(phase, index, step, started);
    String url = "http://127.0.0.1:4000/events/aurora";
    listener.pageAnswered(new PageEvents.Answer(url, refused, "", "GET", false));
    listener.retrying(
        new PageEvents.Retry(
            url, "HTTP " + refused, refused, Duration.ofMillis(waitMs), true, 2, 3));
    advance(ms);
    listener.pageAnswered(new PageEvents.Answer(url, status, "", "GET", false));
    listener.stepFinished(
        new StepReport(
            phase,
            index,
            step,
            StepStatus.OK,
            started,
            Duration.ofMillis(ms),
            Optional.of("HTTP " + status),
            Optional.empty()));
    return this;
  }

  /** The run's summary of what it asked of the site, as its end writes it. */
  public FixtureRun site(SiteFigures figures) {
    journal.append(SiteSummaries.of(figures, clock.instant()));
    return this;
  }

  /**
   * A handoff taken over on its page: each of {@code page} told {@code ms} after the one before,
   * then the handoff ends with {@code result}.
   */
  public FixtureRun handoffOnPage(
      HandoffReason reason,
      String message,
      HandoffResult result,
      long ms,
      List<dev.errand.run.HandoffPageEvent> page) {
    HandoffRequest request =
        new HandoffRequest(
            reason,
            message,
            Optional.empty(),
            Duration.ofMinutes(15),
            "http://127.0.0.1:4000/security-check",
            "http://127.0.0.1:4000/",
            Optional.empty(),
            Optional.empty());
    listener.handoffStarted(request);
    for (dev.errand.run.HandoffPageEvent e : page) {
      listener.handoffPage(request, e);
      advance(ms);
    }
    listener.handoffEnded(request, result);
    return this;
  }
}
