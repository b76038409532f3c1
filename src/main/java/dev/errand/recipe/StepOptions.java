package dev.errand.recipe;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What any step can carry: {@code optional: true} (a failure is recorded and the run goes on),
 * {@code when:} (the step runs only if the condition holds now), {@code timeout:}, and where it was
 * written.
 */
public record StepOptions(
    boolean optional, Optional<Condition> when, Optional<Duration> timeout, SourcePos pos) {

  public static final StepOptions DEFAULT =
      new StepOptions(false, Optional.empty(), Optional.empty(), SourcePos.UNKNOWN);

  public StepOptions resolve(UnaryOperator<String> r) {
    return new StepOptions(optional, when.map(c -> c.resolve(r)), timeout, pos);
  }
}
