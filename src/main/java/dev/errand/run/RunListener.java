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
import java.util.Optional;

/**
 * Callbacks from the runner, turned into terminal output and journal lines by their listeners.
 * Default methods do nothing so a listener implements only what it shows.
 */
public interface RunListener {

  default void phaseStarted(Phase phase, int steps) {}

  /** While waiting for the release instant; called about once a second. */
  default void waiting(Instant release, Duration remaining) {}

  /**
   * The release instant was reached: {@code fired} says the target errand waited for (the instant
   * plus the never-early margin, on the site clock as errand knew it at the end of the wait) and
   * how late the wait returned.
   */
  default void released(Instant release, ReleaseWaiter.Fired fired) {}

  default void stepStarted(Phase phase, int index, Step step, Instant at) {}

  default void stepFinished(StepReport report) {}

  /** errand saw something on the page that is the person's (a challenge, payment entry). */
  default void detected(Detection detection) {}

  /** errand refused to run a step (it would enter payment details or press pay). */
  default void refused(Step step, String why) {}

  default void handoffStarted(HandoffRequest request) {}

  default void handoffEnded(HandoffRequest request, HandoffResult result) {}

  default void artifactSaved(String kind, Path file) {}

  /** Something the person should know that is not a step (e.g. the demo stand-in acting). */
  default void note(String message) {}

  default void finished(RunResult result) {}

  /**
   * errand closed something that covered the page: "the OneTrust cookie banner (Accept All
   * Cookies)", "the pop-up "Get 10% off" (Close)", or what a {@code dismiss:} rule matched.
   */
  default void dismissed(String what) {}

  /**
   * The page is a waiting room: errand has just found itself in it ({@code waited} zero), or the
   * place in line it shows has changed (told at most every few seconds). errand stays on the page.
   */
  default void queued(QueueState room, Duration waited, String pageUrl) {}

  /** The waiting room let errand through after {@code waited}; it carries on with the recipe. */
  default void throughQueue(QueueState room, Duration waited, String pageUrl) {}

  /** The main frame's document answered (a goto, a reload, a click or form that loaded a page). */
  default void pageAnswered(PageEvents.Answer answer) {}

  /** The site refused a page load; errand waits as said and loads it again. */
  default void retrying(PageEvents.Retry retry) {}

  /** The browser was gone and errand started it again; the run goes on as {@code relaunch} says. */
  default void relaunched(Relaunch relaunch) {}

  /**
   * The page tried to load a page outside the recipe's allowed domains, at {@code step} (empty when
   * between steps); the browser stopped it before it left, and the run ends.
   */
  default void offSite(OffSiteAttempt attempt, Optional<Step> step) {}

  /**
   * Something happened on the handoff page of {@code request}, told on the run's thread while the
   * handoff lasts. By default it is told as a note, except that the page was served (the link is
   * already told where it belongs).
   */
  default void handoffPage(HandoffRequest request, HandoffPageEvent event) {
    if (!(event instanceof HandoffPageEvent.Served)) {
      note("handoff page: " + event.describe());
    }
  }
}
