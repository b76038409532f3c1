package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;

/**
 * The site's time as errand knows it. The spine uses the local clock; site-clock sync plugs in here
 * by estimating an offset (and its uncertainty) from the site's {@code Date} headers.
 */
public interface SiteClock {

  Instant now();

  /** How far the estimate may be off; the fire instant is delayed by at least this much. */
  default Duration uncertainty() {
    return Duration.ZERO;
  }

  /** A one-line description for the console and the journal. */
  String describe();

  /** The local wall clock, taken as the site's. */
  static SiteClock local() {
    return new SiteClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public String describe() {
        return "local clock (not synced with the site)";
      }
    };
  }
}
