package dev.errand.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The ways the shop writes times for people. */
final class Times {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter UTC_CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(LONDON);
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).withZone(LONDON);

  private Times() {}

  /** {@code 14:03:00 UTC}. */
  static String utcClock(Instant instant) {
    return UTC_CLOCK.format(instant);
  }

  /** {@code Tue 3 Mar 2026, 14:03:00 UTC}. */
  static String utcDateTime(Instant instant) {
    return UTC_DATE_TIME.format(instant);
  }

  /** {@code Saturday 18 April 2026}, in London. */
  static String longDate(Instant instant) {
    return LONG_DATE.format(instant);
  }

  /** {@code Sat 18 Apr}, in London. */
  static String shortDate(Instant instant) {
    return SHORT_DATE.format(instant);
  }

  /** {@code Tue, 03 Mar 2026 14:03:00 GMT}: an HTTP date (RFC 9110 IMF-fixdate). */
  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  /** {@code 09:59}: minutes and seconds, rounded down, never negative. */
  static String minutesSeconds(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }
}
