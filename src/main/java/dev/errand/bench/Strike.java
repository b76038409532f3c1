package dev.errand.bench;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a strategy reports about its own strike.
 *
 * @param measuredOffset the site-clock offset (site − local) the strategy measured, if it reads the
 *     site's clock
 * @param note a short remark for the raw results (errand's outcome), possibly empty
 */
public record Strike(Optional<Duration> measuredOffset, String note) {

  /** Checks that no component is null. */
  public Strike {
    Objects.requireNonNull(measuredOffset, "measuredOffset");
    Objects.requireNonNull(note, "note");
  }

  /** A strike that measured no clock and has nothing to remark. */
  public static Strike plain() {
    return new Strike(Optional.empty(), "");
  }
}
