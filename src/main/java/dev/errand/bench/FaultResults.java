package dev.errand.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The runs of one fault mode: every strategy's runs and figures, and errand's targets.
 *
 * @param mode the shop's fault mode
 * @param queueWait the waiting room's wait in {@link FaultMode#QUEUE} (the target is set for {@link
 *     FaultMode#QUEUE_WAIT})
 * @param strategies each strategy's summary, in the order they ran
 */
public record FaultResults(FaultMode mode, Duration queueWait, List<FaultSummary> strategies) {

  /** Checks that no component is null and copies the list. */
  public FaultResults {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(queueWait, "queueWait");
    strategies = List.copyOf(strategies);
  }

  /** What the shop did, in a line. */
  public String describe() {
    return mode.describe(queueWait);
  }

  /** The summary of the strategy called {@code name}. */
  public Optional<FaultSummary> strategy(String name) {
    return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** errand's targets in this mode, each with its figure and ✓/✗ (see {@link FaultTargets}). */
  public List<Target> targets() {
    return FaultTargets.of(this);
  }
}
