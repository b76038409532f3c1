package dev.errand.bench;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a strategy reports about its own strike.
 *
 * @param measuredOffset the site-clock offset (site − local) the strategy measured, if it reads the
 *     site's clock
 * @param controlShown how long after the instant the strategy saw the buy control on the page, if
 *     it can tell: the page's own reveal, or the strategy's own start where the control was there
 * @param margin how far after the instant the strategy planned to act so as never to be early, if
 *     it keeps one (errand's never-early margin for its clock's uncertainty)
 * @param reloadStarted how long after the instant the strategy reloaded the page to get the buy
 *     control, if it did and can tell
 * @param note a short remark for the raw results (errand's outcome), possibly empty
 */
public record Strike(
    Optional<Duration> measuredOffset,
    Optional<Duration> controlShown,
    Optional<Duration> margin,
    Optional<Duration> reloadStarted,
    String note) {

  /** Checks that no component is null. */
  public Strike {
    Objects.requireNonNull(measuredOffset, "measuredOffset");
    Objects.requireNonNull(controlShown, "controlShown");
    Objects.requireNonNull(margin, "margin");
    Objects.requireNonNull(reloadStarted, "reloadStarted");
    Objects.requireNonNull(note, "note");
  }

  /** A strike that keeps no margin and never reloads. */
  public Strike(Optional<Duration> measuredOffset, Optional<Duration> controlShown, String note) {
    this(measuredOffset, controlShown, Optional.empty(), Optional.empty(), note);
  }

  /** A strike that cannot tell when the buy control showed. */
  public Strike(Optional<Duration> measuredOffset, String note) {
    this(measuredOffset, Optional.empty(), note);
  }

  /** A strike that measured no clock and has nothing to remark. */
  public static Strike plain() {
    return new Strike(Optional.empty(), "");
  }
}
