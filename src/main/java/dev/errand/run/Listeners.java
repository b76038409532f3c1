package dev.errand.run;

import dev.errand.browser.Detection;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.browser.PageEvents;
import dev.errand.browser.QueueState;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import dev.errand.timing.ReleaseWaiter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Fans every callback out to several listeners, in order. */
public final class Listeners implements RunListener {

  private final List<RunListener> listeners;

  public Listeners(List<RunListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void phaseStarted(Phase phase, int steps) {
    listeners.forEach(l -> l.phaseStarted(phase, steps));
  }

  @Override
  public void waiting(Instant release, Duration remaining) {
    listeners.forEach(l -> l.waiting(release, remaining));
  }

  @Override
  public void released(Instant release, ReleaseWaiter.Fired fired) {
    listeners.forEach(l -> l.released(release, fired));
  }

  @Override
  public void stepStarted(Phase phase, int index, Step step, Instant at) {
    listeners.forEach(l -> l.stepStarted(phase, index, step, at));
  }

  @Override
  public void stepFinished(StepReport report) {
    listeners.forEach(l -> l.stepFinished(report));
  }

  @Override
  public void detected(Detection detection) {
    listeners.forEach(l -> l.detected(detection));
  }

  @Override
  public void refused(Step step, String why) {
    listeners.forEach(l -> l.refused(step, why));
  }

  @Override
  public void handoffStarted(HandoffRequest request) {
    listeners.forEach(l -> l.handoffStarted(request));
  }

  @Override
  public void handoffEnded(HandoffRequest request, HandoffResult result) {
    listeners.forEach(l -> l.handoffEnded(request, result));
  }

  @Override
  public void artifactSaved(String kind, Path file) {
    listeners.forEach(l -> l.artifactSaved(kind, file));
  }

  @Override
  public void note(String message) {
    listeners.forEach(l -> l.note(message));
  }

  @Override
  public void finished(RunResult result) {
    listeners.forEach(l -> l.finished(result));
  }

  @Override
  public void dismissed(String what) {
    listeners.forEach(l -> l.dismissed(what));
  }

  @Override
  public void queued(QueueState room, Duration waited, String pageUrl) {
    listeners.forEach(l -> l.queued(room, waited, pageUrl));
  }

  @Override
  public void throughQueue(QueueState room, Duration waited, String pageUrl) {
    listeners.forEach(l -> l.throughQueue(room, waited, pageUrl));
  }

  @Override
  public void pageAnswered(PageEvents.Answer answer) {
    listeners.forEach(l -> l.pageAnswered(answer));
  }

  @Override
  public void retrying(PageEvents.Retry retry) {
    listeners.forEach(l -> l.retrying(retry));
  }

  @Override
  public void relaunched(Relaunch relaunch) {
    listeners.forEach(l -> l.relaunched(relaunch));
  }

  @Override
  public void offSite(OffSiteAttempt attempt, Optional<Step> step) {
    listeners.forEach(l -> l.offSite(attempt, step));
  }

  @Override
  public void handoffPage(HandoffRequest request, HandoffPageEvent event) {
    listeners.forEach(l -> l.handoffPage(request, event));
  }
}
