package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Checks or unchecks a checkbox, radio or switch. */
public final class CheckHandler implements StepHandler<Step.Check> {
  @Override
  public Optional<String> execute(Step.Check step, StepContext context) {
    return Optional.of(context.page().check(step.target(), step.checked(), context.timeout(step)));
  }
}
