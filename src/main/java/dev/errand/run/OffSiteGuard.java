package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.recipe.Step;
import java.util.Optional;

/**
 * When the page tried to leave the recipe's allowed domains ({@link BrowserPage#offSiteAttempt}:
 * the browser stopped the load before it left), the run stops: it ends {@code failed} at the step
 * it was on, naming the host, and tells the listener once.
 */
final class OffSiteGuard {

  private final BrowserPage page;
  private final RunListener listener;
  private boolean told;

  OffSiteGuard(BrowserPage page, RunListener listener) {
    this.page = page;
    this.listener = listener;
  }

  /** The run's end when the page tried to leave the site; empty while it has not. */
  Optional<RunResult> ending(Optional<Step> step) {
    Optional<OffSiteAttempt> off = page.offSiteAttempt();
    if (off.isEmpty()) {
      return Optional.empty();
    }
    if (!told) {
      told = true;
      listener.offSite(off.get(), step);
    }
    String message = off.get().describe();
    return Optional.of(
        step.map(s -> RunResult.at(Outcome.FAILED, message, s))
            .orElseGet(() -> RunResult.of(Outcome.FAILED, message)));
  }

  /** Ends the run when the page tried to leave the site. */
  void stopIfLeft(Step step) {
    Optional<RunResult> end = ending(Optional.of(step));
    if (end.isPresent()) {
      throw new RunEnded(end.get());
    }
  }
}
