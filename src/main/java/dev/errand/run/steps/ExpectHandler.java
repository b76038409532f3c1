package dev.errand.run.steps;

import dev.errand.browser.BrowserActionException;
import dev.errand.recipe.Step;
import dev.errand.recipe.Verdict;
import dev.errand.run.Outcome;
import dev.errand.run.RunEnded;
import dev.errand.run.RunResult;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.util.Optional;

/**
 * A page state that must hold (waiting up to the step's timeout); when it does not, the run ends
 * with the step's verdict and message.
 */
public final class ExpectHandler implements StepHandler<Step.Expect> {

  @Override
  public Optional<String> execute(Step.Expect step, StepContext context) {
    try {
      return Optional.ofNullable(context.page().waitFor(step.condition(), context.timeout(step)));
    } catch (BrowserActionException e) {
      String message =
          step.message().orElse("expected " + step.condition().describe() + ": " + e.getMessage());
      throw new RunEnded(RunResult.at(outcomeOf(step.verdict()), message, step));
    }
  }

  static Outcome outcomeOf(Verdict verdict) {
    switch (verdict) {
      case SOLD_OUT:
        return Outcome.SOLD_OUT;
      case TOO_EARLY:
        return Outcome.TOO_EARLY;
      case BLOCKED:
        return Outcome.BLOCKED;
      case FAILED:
      default:
        return Outcome.FAILED;
    }
  }
}
