package dev.errand.run;

import dev.errand.recipe.Step;
import java.util.Optional;

/** The end of a run: the outcome, a message for the person and the step it ended on, if any. */
public record RunResult(Outcome outcome, String message, Optional<Step> step) {

  public static RunResult of(Outcome outcome, String message) {
    return new RunResult(outcome, message, Optional.empty());
  }

  public static RunResult at(Outcome outcome, String message, Step step) {
    return new RunResult(outcome, message, Optional.of(step));
  }
}
