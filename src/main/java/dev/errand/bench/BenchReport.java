package dev.errand.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A whole bench run: its results on each kind of drop.
 *
 * @param errandVersion the errand version that ran
 * @param startedAt when the run started
 * @param took how long it took
 * @param pages the results on each kind, in the order the drops first showed them
 */
public record BenchReport(
    String errandVersion, Instant startedAt, Duration took, List<PageResults> pages) {

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
    pages = List.copyOf(pages);
  }

  /** How many drops ran, of every kind together. */
  public int drops() {
    return pages.stream().mapToInt(p -> p.skews().size()).sum();
  }
}
