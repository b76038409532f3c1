package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Reloads the page, returning at the first bytes of the response. */
public final class ReloadHandler implements StepHandler<Step.Reload> {
  @Override
  public Optional<String> execute(Step.Reload step, StepContext context) {
    return Optional.of(context.page().reload(context.timeout(step)));
  }
}
