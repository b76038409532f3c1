package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;

/**
 * The site's time as errand knows it. The spine uses the local clock; site-clock sync plugs in here
 * by estimating an offset (and its uncertainty) from the site's {@code Date} headers.
 */
public interface SiteClock {

  Instant now();

  /**
   * The never-early margin: how far the site's true clock may be behind {@link #now()}. Waiting
   * until {@code now()} reads an instant plus this margin is never early by the site's clock, on
   * any clock the estimate allows (for a sync: the rigorous bound, the site having stamped its
   * {@code Date} somewhere between sending and the first byte back, however late in that window).
   */
  default Duration uncertainty() {
    return Duration.ZERO;
  }

  /**
   * The estimate now in use: another object once a newer estimate (a finished sync, a re-sync)
   * replaced it, so whoever mapped this clock onto another (the page's) knows to map it again.
   */
  default Object estimate() {
    return this;
  }

  /** The site's time at the local wall-clock instant {@code local}, by the current estimate. */
  default Instant at(Instant local) {
    return local.plus(Duration.between(Instant.now(), now()));
  }

  /** A one-line description for the console and the journal. */
  String describe();

  /**
   * The local wall clock taken as the site's, with a never-early margin of {@code margin}: for
   * while the site's clock is not known ({@code why}, e.g. "the site's could not be read").
   */
  static SiteClock localWithMargin(Duration margin, String why) {
    return thisMachine(
        margin,
        "this machine's clock ("
            + why
            + "), acting "
            + margin.toMillis()
            + " ms after the instant"
            + " by it");
  }

  /** The local wall clock, taken as the site's. */
  static SiteClock local() {
    return thisMachine(Duration.ZERO, "local clock (not synced with the site)");
  }

  /** The local wall clock taken as the site's, with {@code margin} and {@code description}. */
  private static SiteClock thisMachine(Duration margin, String description) {
    return new SiteClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public Duration uncertainty() {
        return margin;
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }
}
