package dev.errand.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole bench run: the skews, every strategy's drops and figures, errand's ratios to the others
 * and its targets.
 *
 * @param errandVersion the errand version that ran
 * @param startedAt when the run started
 * @param took how long it took
 * @param skews the clock skew of each drop, in order
 * @param strategies each strategy's summary, in the order they ran
 */
public record BenchReport(
    String errandVersion,
    Instant startedAt,
    Duration took,
    List<Duration> skews,
    List<StrategySummary> strategies) {

  /** errand, through the real product path. */
  public static final String ERRAND = "errand";

  /** The Playwright script people write themselves. */
  public static final String NAIVE = "naive";

  /** One raw HTTP request at the exact instant. */
  public static final String FLOOR = "floor";

  /** Target: errand's median reaction latency. */
  public static final Duration MEDIAN_TARGET = Duration.ofMillis(50);

  /** Target: errand's 95th-percentile reaction latency. */
  public static final Duration P95_TARGET = Duration.ofMillis(100);

  /** Target: errand's largest clock-offset error. */
  public static final Duration OFFSET_ERROR_TARGET = Duration.ofMillis(5);

  /** Checks that no component is null and copies the lists. */
  public BenchReport {
    Objects.requireNonNull(errandVersion, "errandVersion");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(took, "took");
    skews = List.copyOf(skews);
    strategies = List.copyOf(strategies);
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
    Optional<Duration> mine = medianOf(ERRAND);
    Optional<Duration> theirs = medianOf(other).filter(d -> !d.isNegative() && !d.isZero());
    if (mine.isEmpty() || theirs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Figures.millis(mine.get()) / Figures.millis(theirs.get()));
  }

  private Optional<Duration> medianOf(String name) {
    return strategy(name).flatMap(StrategySummary::latency).map(Stats::median);
  }

  /** errand's targets, each with its figure and ✓/✗. */
  public List<Target> targets() {
    Optional<StrategySummary> errand = strategy(ERRAND);
    List<Target> targets = new ArrayList<>();
    targets.add(
        new Target(
            "errand early requests",
            "0 across skews",
            errand.map(s -> s.early() + " of " + s.drops().size() + " drops").orElse("n/a"),
            errand.map(s -> s.early() == 0 && !s.drops().isEmpty()).orElse(false)));
    targets.add(latencyTarget(errand, "errand median latency", Stats::median, MEDIAN_TARGET));
    targets.add(latencyTarget(errand, "errand p95 latency", Stats::p95, P95_TARGET));
    Optional<Duration> offsetMax = errand.flatMap(StrategySummary::offsetError).map(Stats::max);
    targets.add(
        new Target(
            "errand clock-offset error (max)",
            "≤ " + Figures.ms(OFFSET_ERROR_TARGET),
            offsetMax.map(Figures::ms).orElse("n/a"),
            offsetMax.map(d -> d.compareTo(OFFSET_ERROR_TARGET) <= 0).orElse(false)));
    return List.copyOf(targets);
  }

  private static Target latencyTarget(
      Optional<StrategySummary> errand,
      String what,
      Function<Stats, Duration> figure,
      Duration limit) {
    Optional<Duration> value = errand.flatMap(StrategySummary::latency).map(figure);
    return new Target(
        what,
        "≤ " + Figures.ms(limit),
        value.map(Figures::ms).orElse("n/a"),
        value.map(d -> d.compareTo(limit) <= 0).orElse(false));
  }
}
