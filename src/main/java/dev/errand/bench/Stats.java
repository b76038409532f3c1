package dev.errand.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Median, 95th percentile and maximum of some durations. The median of an even count is the mean of
 * the two middle values; the p95 is the nearest-rank value (the smallest value with at least 95% of
 * the values at or below it).
 */
public record Stats(int count, Duration median, Duration p95, Duration max) {

  /** The figures of {@code values}; empty when there are none. */
  public static Optional<Stats> of(Collection<Duration> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    Duration median =
        n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    int rank = (int) Math.ceil(0.95 * n);
    return Optional.of(new Stats(n, median, sorted.get(rank - 1), sorted.get(n - 1)));
  }
}
