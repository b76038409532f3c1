package dev.errand.journal;

import dev.errand.run.Outcome;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an attempt ended: from its {@code outcome} event, or {@code crashed} (derived) when the
 * journal has none.
 *
 * @param id the outcome's id ({@code reached-payment}, {@code crashed}, …)
 * @param message what the run said about it
 * @param step the step it ended at (for {@code crashed}: the step it was in), if any
 * @param line that step's recipe line
 * @param derived true when the journal has no outcome and errand derived {@code crashed}
 */
public record AttemptOutcome(
    String id, String message, Optional<String> step, OptionalInt line, boolean derived) {

  /** How good an outcome is, for colours. */
  public enum Tone {
    GOOD,
    WARN,
    BAD
  }

  /** The outcome, when it is one this errand knows. */
  public Optional<Outcome> known() {
    return Arrays.stream(Outcome.values()).filter(o -> o.id().equals(id)).findFirst();
  }

  public boolean crashed() {
    return id.equals(Outcome.CRASHED.id());
  }

  public Tone tone() {
    return known()
        .map(
            o ->
                switch (o) {
                  case COMPLETED, PURCHASED, REACHED_PAYMENT -> Tone.GOOD;
                  case HANDOFF_TIMEOUT, ABORTED -> Tone.WARN;
                  default -> Tone.BAD;
                })
        .orElse(Tone.WARN);
  }
}
