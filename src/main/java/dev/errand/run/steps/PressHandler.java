package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Presses a key on an element, or on the page. */
public final class PressHandler implements StepHandler<Step.Press> {
  @Override
  public Optional<String> execute(Step.Press step, StepContext context) {
    String matched =
        context.page().press(step.target().orElse(null), step.key(), context.timeout(step));
    return Optional.ofNullable(matched);
  }
}
