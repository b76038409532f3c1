package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Waits until a page state holds. */
public final class WaitForHandler implements StepHandler<Step.WaitFor> {
  @Override
  public Optional<String> execute(Step.WaitFor step, StepContext context) {
    return Optional.ofNullable(context.page().waitFor(step.condition(), context.timeout(step)));
  }
}
