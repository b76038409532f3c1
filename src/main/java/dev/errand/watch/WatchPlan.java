package dev.errand.watch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How one watch runs: its schedule, whether a success ends it ({@code keepWatching} false) or it
 * carries on, how long it lasts at most ({@code atMost} empty: until it fires or is stopped), and
 * where each check's jitter comes from (a draw in [0, 1)).
 */
public record WatchPlan(
    WatchSchedule schedule,
    boolean keepWatching,
    Optional<Duration> atMost,
    DoubleSupplier jitter) {

  public WatchPlan {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(atMost, "atMost");
    Objects.requireNonNull(jitter, "jitter");
  }
}
