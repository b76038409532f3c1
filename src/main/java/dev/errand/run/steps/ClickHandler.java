package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Clicks the first visible match. */
public final class ClickHandler implements StepHandler<Step.Click> {
  @Override
  public Optional<String> execute(Step.Click step, StepContext context) {
    return Optional.of(context.page().click(step.target(), context.timeout(step)));
  }
}
