package dev.errand.journal;

import dev.errand.browser.Detection;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.browser.PageEvents;
import dev.errand.browser.QueueState;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.SiteFigures;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffPageEvent;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.Relaunch;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import dev.errand.run.StepReport;
import dev.errand.run.StepStatus;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the runner's callbacks as journal events. Steps are written by their {@code describe()},
 * which masks secrets, so no secret value reaches the journal. The {@code reaction} is the first
 * action on the shop after the release that was made (ended ok), dated by its start; a run that
 * made none has none.
 */
public final class JournalListener implements RunListener {

  private final Journal journal;
  private final Path attemptDir;
  private final SiteClock siteClock;
  private @Nullable Instant release;
  private boolean reactionWritten;

  /** When each action step that may be the reaction started, since the release, by its place. */
  private final Map<String, Double> actionStarts = new HashMap<>();

  /** What each site was asked and answered, written before the outcome. */
  private final Supplier<List<SiteFigures>> sites;

  /** The last main document that answered since the current step started, if any. */
  private PageEvents.@Nullable Answer stepAnswer;

  /**
   * @param siteClock the run's estimate of the site's clock: step events carry site time and their
   *     distance from the release instant
   */
  public JournalListener(Journal journal, Path attemptDir, SiteClock siteClock) {
    this(journal, attemptDir, siteClock, List::of);
  }

  /**
   * @param sites the run's per-site figures, read when it ends: one summary event each, just before
   *     the outcome
   */
  public JournalListener(
      Journal journal, Path attemptDir, SiteClock siteClock, Supplier<List<SiteFigures>> sites) {
    this.journal = journal;
    this.attemptDir = attemptDir;
    this.siteClock = siteClock;
    this.sites = sites;
  }

  private @Nullable Double sinceRelease(Instant siteNow) {
    return release == null ? null : millis(Duration.between(release, siteNow));
  }

  @Override
  public void phaseStarted(Phase phase, int steps) {
    journal.append(new JournalEvent.PhaseStart(journal.now(), phase.yamlName(), steps));
  }

  @Override
  public void waiting(Instant release, Duration remaining) {
    this.release = release;
  }

  @Override
  public void released(Instant release, ReleaseWaiter.Fired fired) {
    this.release = release;
    Instant t = journal.now();
    Instant site = siteClock.now();
    journal.append(
        new JournalEvent.Release(
            t,
            release,
            fired.planned(),
            fired.firedAt(),
            millis(fired.margin()),
            millis(fired.late()),
            fired.handedOn(),
            siteClock.describe(),
            site,
            sinceRelease(site)));
  }

  @Override
  public void stepStarted(Phase phase, int index, Step step, Instant at) {
    stepAnswer = null;
    Instant t = journal.now();
    // a step the page ran by itself is told afterwards: date it when it started
    Instant site = siteClock.now().minus(Duration.between(at, t));
    Double since = sinceRelease(site);
    journal.append(
        new JournalEvent.StepStart(
            t, phase.yamlName(), index, step.type(), step.describe(), line(step), site, since));
    if (phase != Phase.ARM && since != null && !reactionWritten && isAction(step)) {
      actionStarts.put(place(phase, index), since);
    }
  }

  /** The steps that act on the shop (not waits, reloads or screenshots). */
  static boolean isAction(Step step) {
    return step instanceof Step.Click
        || step instanceof Step.Select
        || step instanceof Step.Fill
        || step instanceof Step.Check
        || step instanceof Step.Press;
  }

  @Override
  public void stepFinished(StepReport report) {
    Instant t = journal.now();
    Instant site = siteClock.now();
    journal.append(
        new JournalEvent.StepEnd(
            t,
            report.phase().yamlName(),
            report.index(),
            report.step().type(),
            report.step().describe(),
            report.status().id(),
            report.started(),
            millis(report.duration()),
            report.matched().orElse(null),
            report.message().orElse(null),
            site,
            sinceRelease(site),
            null,
            stepAnswer == null ? null : stepAnswer.status(),
            stepAnswer == null ? null : stepAnswer.url()));
    stepAnswer = null;
    Double started = actionStarts.remove(place(report.phase(), report.index()));
    if (started != null && !reactionWritten && report.status() == StepStatus.OK) {
      reactionWritten = true;
      journal.append(new JournalEvent.Reaction(journal.now(), report.step().describe(), started));
    }
  }

  @Override
  public void detected(Detection detection) {
    Instant site = siteClock.now();
    journal.append(
        new JournalEvent.Detection(
            journal.now(),
            detection.kind().name().toLowerCase(Locale.ROOT),
            detection.what(),
            detection.evidence(),
            site,
            sinceRelease(site)));
  }

  @Override
  public void refused(Step step, String why) {
    journal.append(new JournalEvent.Refused(journal.now(), step.describe(), why, line(step)));
  }

  @Override
  public void handoffStarted(HandoffRequest request) {
    journal.append(
        new JournalEvent.Handoff(
            journal.now(),
            request.detected().orElse(null),
            request.reason().yamlName(),
            request.message(),
            request.pageUrl(),
            request.until().map(c -> c.describe()).orElse(null),
            request.timeout().toMillis()));
  }

  @Override
  public void handoffEnded(HandoffRequest request, HandoffResult result) {
    journal.append(
        new JournalEvent.HandoffEnd(journal.now(), request.reason().yamlName(), result.id()));
  }

  @Override
  public void artifactSaved(String kind, Path file) {
    journal.append(
        new JournalEvent.Artifact(
            journal.now(), kind, attemptDir.relativize(file.toAbsolutePath()).toString()));
  }

  @Override
  public void note(String message) {
    journal.append(new JournalEvent.Note(journal.now(), message));
  }

  @Override
  public void pageAnswered(PageEvents.Answer answer) {
    stepAnswer = answer;
    journal.append(
        new JournalEvent.PageAnswer(
            journal.now(),
            answer.url(),
            answer.status(),
            answer.method(),
            answer.redirect() ? Boolean.TRUE : null));
  }

  @Override
  public void retrying(PageEvents.Retry retry) {
    journal.append(
        new JournalEvent.Retry(
            journal.now(),
            retry.url(),
            retry.refusal(),
            retry.status(),
            retry.waitFor().toMillis(),
            retry.retryAfter(),
            retry.attempt(),
            retry.attempts()));
  }

  @Override
  public void finished(RunResult result) {
    for (SiteFigures figures : sites.get()) {
      journal.append(SiteSummaries.of(figures, journal.now()));
    }
    journal.append(
        new JournalEvent.Outcome(
            journal.now(),
            result.outcome().id(),
            result.message(),
            result.step().map(Step::describe).orElse(null),
            result.step().map(JournalListener::line).orElse(null)));
  }

  /** The step's recipe line, or null when it has none. */
  private static @Nullable Integer line(Step step) {
    int line = step.options().pos().line();
    return line > 0 ? line : null;
  }

  private static String place(Phase phase, int index) {
    return phase.yamlName() + "#" + index;
  }

  private static double millis(Duration d) {
    return d.toNanos() / 1_000_000.0;
  }

  @Override
  public void dismissed(String what) {
    journal.append(new JournalEvent.Dismissed(journal.now(), what));
  }

  @Override
  public void queued(QueueState room, Duration waited, String pageUrl) {
    queue(waited.isZero() ? "entered" : "moved", room, waited, pageUrl);
  }

  @Override
  public void throughQueue(QueueState room, Duration waited, String pageUrl) {
    queue("through", room, waited, pageUrl);
  }

  private void queue(String state, QueueState room, Duration waited, String pageUrl) {
    journal.append(
        new JournalEvent.Queue(
            journal.now(),
            state,
            room.what(),
            room.evidence(),
            pageUrl,
            room.position().isPresent() ? room.position().getAsLong() : null,
            room.ahead().isPresent() ? room.ahead().getAsLong() : null,
            room.estimatedWait().orElse(null),
            millis(waited)));
  }

  @Override
  public void relaunched(Relaunch relaunch) {
    journal.append(
        new JournalEvent.Relaunch(
            journal.now(),
            relaunch.count(),
            relaunch.max(),
            relaunch.gone().toNanos() / 1e6,
            relaunch.url(),
            relaunch.resumeAt()));
  }

  @Override
  public void offSite(OffSiteAttempt attempt, Optional<Step> step) {
    journal.append(
        new JournalEvent.OffSite(
            journal.now(),
            attempt.host(),
            attempt.url(),
            attempt.how(),
            step.isPresent() ? step.get().describe() : null,
            step.isPresent() ? line(step.get()) : null));
  }

  @Override
  public void handoffPage(HandoffRequest request, HandoffPageEvent event) {
    String reason = request.reason().yamlName();
    Instant t = journal.now();
    if (event instanceof HandoffPageEvent.Served s) {
      journal.append(
          new JournalEvent.HandoffPageServed(t, reason, s.address(), s.port(), s.shown(), s.tls()));
    } else if (event instanceof HandoffPageEvent.Opened o) {
      journal.append(
          new JournalEvent.HandoffPageOpened(
              t, reason, o.from(), o.inControl() ? "control" : "view"));
    } else if (event instanceof HandoffPageEvent.TakenOver o) {
      journal.append(new JournalEvent.HandoffPageTakeover(t, reason, o.from()));
    } else if (event instanceof HandoffPageEvent.Ended e) {
      journal.append(
          new JournalEvent.HandoffPageEnd(
              t,
              reason,
              e.devices(),
              e.taps(),
              e.scrolls(),
              e.keys(),
              e.refused(),
              e.finish().id()));
    }
  }
}
