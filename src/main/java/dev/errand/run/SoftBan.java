package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Step;
import java.util.Optional;

/**
 * When the site has stopped serving errand ({@link BrowserPage#blocked}: a streak of 403/429, a
 * block page), the run stops pushing: it ends {@code blocked} at the step it was on, saying why and
 * what the person can do, and sends the site nothing more.
 */
final class SoftBan {

  private SoftBan() {}

  /** The run's end when the site refuses errand; empty while it does not. */
  static Optional<RunResult> ending(BrowserPage page, Step step) {
    return page.blocked()
        .map(
            why ->
                RunResult.at(
                    Outcome.BLOCKED,
                    why
                        + "; errand stops here rather than push on (try later, or carry on in"
                        + " your own browser)",
                    step));
  }

  /** Ends the run when the site refuses errand. */
  static void stopIfBlocked(BrowserPage page, Step step) {
    Optional<RunResult> end = ending(page, step);
    if (end.isPresent()) {
      throw new RunEnded(end.get());
    }
  }
}
