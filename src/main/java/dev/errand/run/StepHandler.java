package dev.errand.run;

import dev.errand.recipe.Step;
import java.util.Optional;

/**
 * Runs one type of step. Returns what matched (for locators), throws {@link
 * dev.errand.browser.BrowserActionException} when the step fails or {@link RunEnded} to end the
 * run.
 */
@FunctionalInterface
public interface StepHandler<S extends Step> {
  Optional<String> execute(S step, StepContext context);
}
