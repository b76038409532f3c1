package dev.errand.polite;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP {@code Retry-After} value: delay-seconds ({@code 3}) or an HTTP-date, which is
 * taken relative to the answer's own {@code Date} when it has one (both on the site's clock), else
 * to this machine's. Anything else is no value: the caller backs off by itself.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait {@code value} asks for, never negative; empty when there is no value or it cannot be
   * read.
   *
   * @param value the header's value, or null
   * @param date the answer's {@code Date} header, or null
   * @param now this machine's time, for an HTTP-date without a {@code Date} beside it
   */
  public static Optional<Duration> parse(
      @Nullable String value, @Nullable String date, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.matches("[0-9]{1,12}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    Optional<Instant> at = httpDate(v);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Instant from = date == null ? now : httpDate(date.strip()).orElse(now);
    Duration wait = Duration.between(from, at.get());
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<Instant> httpDate(String v) {
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
