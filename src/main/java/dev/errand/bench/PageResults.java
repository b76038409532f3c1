package dev.errand.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The drops of a bench run of one kind (a sale page, and the shop's mode): their skews, every
 * strategy's drops and figures, errand's ratios to the others and its targets.
 *
 * @param kind the shop's sale page and mode
 * @param skews the clock skew of each of these drops, in order
 * @param strategies each strategy's summary, in the order they ran
 */
public record PageResults(DropKind kind, List<Duration> skews, List<StrategySummary> strategies) {

  /** Checks that no component is null and copies the lists. */
  public PageResults {
    Objects.requireNonNull(kind, "kind");
    skews = List.copyOf(skews);
    strategies = List.copyOf(strategies);
  }

  /** What the shop showed and did, in a line. */
  public String describe() {
    return kind.describe();
  }

  /** The summary of the strategy called {@code name}. */
  public Optional<StrategySummary> strategy(String name) {
    return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * errand's median latency divided by {@code other}'s; empty when either has no latency or the
   * other's median is not positive.
   */
  public Optional<Double> errandRatioTo(String other) {
    Optional<Duration> mine = medianOf(BenchReport.ERRAND);
    Optional<Duration> theirs = medianOf(other).filter(d -> !d.isNegative() && !d.isZero());
    if (mine.isEmpty() || theirs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Figures.millis(mine.get()) / Figures.millis(theirs.get()));
  }

  private Optional<Duration> medianOf(String name) {
    return strategy(name).flatMap(StrategySummary::latency).map(Stats::median);
  }

  /** errand's targets for this kind, each with its figure and ✓/✗ (see {@link KindTargets}). */
  public List<Target> targets() {
    return KindTargets.of(this);
  }
}
