package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.util.List;
import java.util.Optional;

/**
 * When errand stops acting (the recipe's last step done, or a step failed or timed out), the page
 * it leaves may be a final confirm page: a live "Place order" or "Pay £90.00" with no card field in
 * sight. Pressing it is the person's, so such a page is a payment handoff and the run never ends
 * {@code completed} there. A run that ended at a handoff, a verdict or a ban is left as it is.
 */
final class FinalLook {

  /** What errand saw: the control's name and the step errand stopped at. */
  record PayControl(String name, Step at) {

    /** What the handoff says to the person. */
    String message(RunResult stopped) {
      String why =
          stopped.outcome() == Outcome.COMPLETED
              ? "errand has done every step"
              : "errand stopped (" + stopped.message() + ")";
      return why + ", and the page shows '" + name + "': placing the order is yours";
    }

    /** What errand detected, for the journal's handoff record. */
    String detected() {
      return "a live pay or confirm control '" + name + "' when errand stopped acting";
    }
  }

  private FinalLook() {}

  /** The live pay control errand leaves the person with, if the run ended where one may be. */
  static Optional<PayControl> after(RunResult result, Recipe recipe, BrowserPage page) {
    if (result.outcome() != Outcome.COMPLETED && result.outcome() != Outcome.FAILED) {
      return Optional.empty();
    }
    Optional<Step> at = result.step().or(() -> last(recipe.allSteps()));
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> control;
    try {
      control = page.livePayControl();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return control.map(name -> new PayControl(name, at.get()));
  }

  private static Optional<Step> last(List<Step> steps) {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }
}
