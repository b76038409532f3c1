package dev.errand.recipe;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What any step can carry: {@code optional: true} (a failure is recorded and the run goes on),
 * {@code when:} (the step runs only if the condition holds now), {@code timeout:}, {@code once:
 * true} (the step buys: after a browser crash errand never runs it again without looking at the
 * page first), and where it was written.
 */
public record StepOptions(
    boolean optional,
    Optional<Condition> when,
    Optional<Duration> timeout,
    SourcePos pos,
    boolean once) {

  public static final StepOptions DEFAULT =
      new StepOptions(false, Optional.empty(), Optional.empty(), SourcePos.UNKNOWN);

  /** Options of a step that is not marked {@code once}. */
  public StepOptions(
      boolean optional, Optional<Condition> when, Optional<Duration> timeout, SourcePos pos) {
    this(optional, when, timeout, pos, false);
  }

  public StepOptions resolve(UnaryOperator<String> r) {
    return new StepOptions(optional, when.map(c -> c.resolve(r)), timeout, pos, once);
  }
}
