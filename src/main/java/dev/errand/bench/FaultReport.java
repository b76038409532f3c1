package dev.errand.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A whole {@code errand bench --faults} run: its settings and the results of each fault mode.
 *
 * @param errandVersion the errand version that ran
 * @param startedAt when it started
 * @param took how long it took
 * @param settings how the runs went
 * @param modes the results of each mode, in the order they ran
 */
public record FaultReport(
    String errandVersion,
    Instant startedAt,
    Duration took,
    FaultBench.Settings settings,
    List<FaultResults> modes) {

  /** Checks that no component is null and copies the list. */
  public FaultReport {
    Objects.requireNonNull(errandVersion, "errandVersion");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(settings, "settings");
    modes = List.copyOf(modes);
  }
}
