package dev.errand.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.browser.Detection;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import dev.errand.run.StepReport;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Writes the runner's callbacks as journal events. Steps are written by their {@code describe()},
 * which masks secrets, so no secret value reaches the journal.
 */
public final class JournalListener implements RunListener {

  private final Journal journal;
  private final Path attemptDir;
  private final SiteClock siteClock;
  private @Nullable Instant release;
  private boolean reactionWritten;

  /**
   * @param siteClock the run's estimate of the site's clock: step events carry site time and their
   *     distance from the release instant
   */
  public JournalListener(Journal journal, Path attemptDir, SiteClock siteClock) {
    this.journal = journal;
    this.attemptDir = attemptDir;
    this.siteClock = siteClock;
  }

  private void siteTime(ObjectNode e) {
    siteTime(e, siteClock.now());
  }

  private void siteTime(ObjectNode e, Instant now) {
    e.put("siteTime", now.toString());
    if (release != null) {
      e.put("sinceReleaseMs", Duration.between(release, now).toNanos() / 1e6);
    }
  }

  @Override
  public void phaseStarted(Phase phase, int steps) {
    ObjectNode e = journal.event("phase");
    e.put("phase", phase.yamlName());
    e.put("steps", steps);
    journal.append(e);
  }

  @Override
  public void waiting(Instant release, Duration remaining) {
    this.release = release;
  }

  @Override
  public void released(Instant release, ReleaseWaiter.Fired fired) {
    this.release = release;
    ObjectNode e = journal.event("release");
    e.put("instant", release.toString());
    e.put("plannedFire", fired.planned().toString());
    e.put("actualFire", fired.firedAt().toString());
    e.put("marginMs", millis(fired.margin()));
    e.put("lateMs", millis(fired.late()));
    e.put("pageHeldTheTarget", fired.handedOn());
    e.put("clock", siteClock.describe());
    siteTime(e);
    journal.append(e);
  }

  @Override
  public void stepStarted(Phase phase, int index, Step step, Instant at) {
    ObjectNode e = journal.event("step-start");
    e.put("phase", phase.yamlName());
    e.put("index", index);
    e.put("type", step.type());
    e.put("step", step.describe());
    if (step.options().pos().line() > 0) {
      e.put("line", step.options().pos().line());
    }
    // a step the page ran by itself is told afterwards: date it when it started
    siteTime(e, siteClock.now().minus(Duration.between(at, journal.now())));
    journal.append(e);
    if (phase != Phase.ARM && release != null && !reactionWritten && isAction(step)) {
      reactionWritten = true;
      ObjectNode r = journal.event("reaction");
      r.put("firstAction", step.describe());
      r.put("ms", e.get("sinceReleaseMs").asDouble());
      journal.append(r);
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
    ObjectNode e = journal.event("step-end");
    e.put("phase", report.phase().yamlName());
    e.put("index", report.index());
    e.put("type", report.step().type());
    e.put("step", report.step().describe());
    e.put("result", report.status().id());
    e.put("started", report.started().toString());
    e.put("durationMs", millis(report.duration()));
    report.matched().ifPresent(m -> e.put("matched", m));
    report.message().ifPresent(m -> e.put("message", m));
    siteTime(e);
    journal.append(e);
  }

  @Override
  public void detected(Detection detection) {
    ObjectNode e = journal.event("detection");
    e.put("kind", detection.kind().name().toLowerCase(java.util.Locale.ROOT));
    e.put("what", detection.what());
    e.put("evidence", detection.evidence());
    siteTime(e);
    journal.append(e);
  }

  @Override
  public void refused(Step step, String why) {
    ObjectNode e = journal.event("refused");
    e.put("step", step.describe());
    e.put("why", why);
    if (step.options().pos().line() > 0) {
      e.put("line", step.options().pos().line());
    }
    journal.append(e);
  }

  @Override
  public void handoffStarted(HandoffRequest request) {
    ObjectNode e = journal.event("handoff");
    request.detected().ifPresent(d -> e.put("detected", d));
    e.put("reason", request.reason().yamlName());
    e.put("message", request.message());
    e.put("url", request.pageUrl());
    request.until().ifPresent(c -> e.put("until", c.describe()));
    e.put("timeoutMs", request.timeout().toMillis());
    journal.append(e);
  }

  @Override
  public void handoffEnded(HandoffRequest request, HandoffResult result) {
    ObjectNode e = journal.event("handoff-end");
    e.put("reason", request.reason().yamlName());
    e.put("result", result.id());
    journal.append(e);
  }

  @Override
  public void artifactSaved(String kind, Path file) {
    ObjectNode e = journal.event("artifact");
    e.put("kind", kind);
    e.put("file", attemptDir.relativize(file.toAbsolutePath()).toString());
    journal.append(e);
  }

  @Override
  public void note(String message) {
    ObjectNode e = journal.event("note");
    e.put("message", message);
    journal.append(e);
  }

  @Override
  public void finished(RunResult result) {
    ObjectNode e = journal.event("outcome");
    e.put("outcome", result.outcome().id());
    e.put("message", result.message());
    result
        .step()
        .ifPresent(
            s -> {
              e.put("step", s.describe());
              if (s.options().pos().line() > 0) {
                e.put("line", s.options().pos().line());
              }
            });
    journal.append(e);
  }

  private static double millis(Duration d) {
    return d.toNanos() / 1_000_000.0;
  }
}
