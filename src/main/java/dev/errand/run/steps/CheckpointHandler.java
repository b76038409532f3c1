package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/**
 * A checkpoint does nothing on the page: the runner remembers it (and the page it was on) as the
 * point to come back to after a browser crash.
 */
public final class CheckpointHandler implements StepHandler<Step.Checkpoint> {

  @Override
  public Optional<String> execute(Step.Checkpoint step, StepContext context) {
    return Optional.of("a safe point at " + context.page().url());
  }
}
