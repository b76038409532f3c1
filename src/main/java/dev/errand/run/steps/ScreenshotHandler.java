package dev.errand.run.steps;

import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/** Saves a named screenshot into the attempt folder. */
public final class ScreenshotHandler implements StepHandler<Step.Screenshot> {
  @Override
  public Optional<String> execute(Step.Screenshot step, StepContext context) {
    (step.fullPage()
            ? context.evidence().fullPageScreenshot(step.name(), context.page())
            : context.evidence().screenshot(step.name(), context.page()))
        .ifPresent(p -> context.listener().artifactSaved("screenshot", p));
    return Optional.empty();
  }
}
