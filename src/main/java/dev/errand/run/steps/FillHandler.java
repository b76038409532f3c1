package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Types a value into a field. */
public final class FillHandler implements StepHandler<Step.Fill> {
  @Override
  public Optional<String> execute(Step.Fill step, StepContext context) {
    return Optional.of(
        context.page().fill(step.target(), step.value().text(), context.timeout(step)));
  }
}
