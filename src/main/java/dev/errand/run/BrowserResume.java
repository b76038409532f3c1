package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserGoneException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.steps.HandoffHandler;
import dev.errand.timing.sync.LocalTimeline;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings a run back after its browser is gone: starts the browser again (at most {@code max} times
 * in a run), reopens the page of the last safe point through the page's paced loads, and says where
 * the run goes on. A step that bought is never run again; when the page does not show it done (the
 * recipe's own checks right after it), the person looks and decides.
 */
final class BrowserResume {

  /** Where the run goes on ({@code from}; empty: from its start), or how it ends. */
  record Back(Optional<FormRedo.Point> from, Optional<RunResult> end) {}

  private final BrowserPage page;
  private final Relauncher relauncher;
  private final int max;
  private final RunListener listener;
  private final RunSettings settings;
  private final LocalTimeline time;
  private final SafePoints points;
  private int relaunches;

  BrowserResume(
      BrowserPage page,
      Relauncher relauncher,
      int max,
      RunListener listener,
      RunSettings settings,
      LocalTimeline time,
      SafePoints points) {
    this.page = page;
    this.relauncher = relauncher;
    this.max = max;
    this.listener = listener;
    this.settings = settings;
    this.time = time;
    this.points = points;
  }

  /** After {@code gone}: the browser started again and the point to go on from, or the end. */
  Back after(BrowserGoneException gone, StepContext context) {
    while (true) {
      if (relaunches >= max) {
        return end(
            "the browser crashed "
                + (relaunches + 1)
                + " times"
                + (max == 0 ? "" : "; errand started it again " + relaunches + " times"));
      }
      SafePoints.Resume resume = points.resume();
      Duration away;
      relaunches++;
      try {
        Optional<Duration> started = relauncher.relaunch();
        if (started.isEmpty()) {
          return new Back(
              Optional.empty(),
              Optional.of(
                  RunResult.of(Outcome.ABORTED, "errand closed the browser as it stopped")));
        }
        away = started.get();
      } catch (BrowserGoneException e) {
        if (relauncher == Relauncher.NONE) {
          return end("the browser is gone, and errand cannot start it again here");
        }
        // a browser that would not start (or died starting) is one more crash, within the bound
        listener.note("the browser would not start again: " + messageOf(e));
        continue;
      }
      try {
        long t0 = time.nanoTime();
        if (!resume.url().isEmpty() && !resume.url().startsWith("about:")) {
          page.navigate(resume.url(), settings.stepTimeout());
        }
        away = away.plus(Duration.ofNanos(time.nanoTime() - t0));
        listener.relaunched(
            new Relaunch(relaunches, max, away, resume.url(), where(resume, context.recipe())));
        if (resume.bought().isPresent()) {
          new BuyCheck(page, listener, settings).confirm(resume.bought().get(), context);
        }
        points.resumed(resume);
        return new Back(resume.from(), Optional.empty());
      } catch (BrowserGoneException again) {
        // gone again before the run was back: another crash, within the same bound
      } catch (BrowserActionException e) {
        return end(
            "the browser crashed, and errand could not reopen "
                + resume.url()
                + ": "
                + messageOf(e));
      } catch (RunEnded e) {
        return new Back(Optional.empty(), Optional.of(e.result()));
      }
    }
  }

  private static Back end(String message) {
    return new Back(Optional.empty(), Optional.of(RunResult.of(Outcome.FAILED, message)));
  }

  /** "from step 2 of arm (wait-for …)", or "from the start". */
  private static String where(SafePoints.Resume resume, Recipe recipe) {
    if (resume.from().isEmpty()) {
      return "from the start";
    }
    FormRedo.Point p = resume.from().get();
    var steps = recipe.steps(p.phase());
    if (p.index() < steps.size()) {
      return "from step "
          + (p.index() + 1)
          + " of "
          + p.phase().yamlName()
          + " ("
          + steps.get(p.index()).describe()
          + ")";
    }
    return p.phase() == Phase.AFTER
        ? "after the last step"
        : "after the " + p.phase().yamlName() + " steps";
  }

  private static String messageOf(RuntimeException e) {
    return Objects.requireNonNullElse(e.getMessage(), e.toString());
  }

  /** Asks the person over a buying step the page does not show done. */
  static void askThePerson(Step at, boolean finished, StepContext context) {
    String message =
        "the browser crashed "
            + (finished ? "after" : "during")
            + " '"
            + at.describe()
            + "'; check the basket, then press Enter to go on or a to abort";
    HandoffHandler.handOver(
        new Step.Handoff(
            HandoffReason.OTHER, message, Optional.empty(), Optional.empty(), at.options()),
        Optional.of("a browser crash after a step that buys"),
        context);
  }
}
