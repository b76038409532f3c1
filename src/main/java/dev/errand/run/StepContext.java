package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.time.Duration;

/** What a step handler may use: the page, the recipe, the defaults and the run's collaborators. */
public record StepContext(
    BrowserPage page,
    Recipe recipe,
    RunSettings settings,
    Evidence evidence,
    RunListener listener,
    HandoffResponder responder) {

  /** The step's own timeout, else the run's default. */
  public Duration timeout(Step step) {
    return step.options().timeout().orElse(settings.stepTimeout());
  }
}
