package dev.errand.journal;

import java.util.Optional;

/**
 * One probe of the site's clock, as the {@code clock-sync} event keeps it. Intervals are offsets
 * (site − local) in milliseconds.
 *
 * @param number 0 for the warm-up request, then 1, 2, …
 * @param use what it was good for ({@code USED}, {@code WARM_UP}, {@code CHECK}, …)
 * @param bounds what this probe alone says, if anything
 * @param after what all probes so far say, once one was used
 * @param note why it failed or was not used
 */
public record ProbeRecord(
    int number,
    String use,
    Optional<Interval> bounds,
    Optional<Interval> after,
    Optional<String> note) {

  /** The offsets {@code [loMs, hiMs)}. */
  public record Interval(double loMs, double hiMs) {
    public double width() {
      return hiMs - loMs;
    }
  }
}
