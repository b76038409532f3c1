package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Chooses an option in a native or custom dropdown. */
public final class SelectHandler implements StepHandler<Step.Select> {
  @Override
  public Optional<String> execute(Step.Select step, StepContext context) {
    return Optional.of(
        context.page().select(step.target(), step.option().text(), context.timeout(step)));
  }
}
