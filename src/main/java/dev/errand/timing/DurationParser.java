package dev.errand.timing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them in recipes and on the command line: {@code 500ms}, {@code
 * 10s}, {@code 2m}, {@code 1h}, {@code 1h30m}, {@code 1.5s}, or ISO-8601 ({@code PT10S}). Units go
 * from largest to smallest, each at most once; the result must be greater than zero.
 */
public final class DurationParser {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final List<String> UNIT_ORDER = List.of("h", "m", "s", "ms");

  private DurationParser() {}

  /**
   * Parses {@code text} into a positive duration.
   *
   * @throws DurationParseException with a message fit to show the person who wrote it
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw bad(text == null ? "" : text);
    }
    String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    Duration result = compact.startsWith("p") ? parseIso(text, compact) : parseUnits(text, compact);
    if (result.isNegative() || result.isZero()) {
      throw new DurationParseException("duration '" + text + "' must be greater than zero");
    }
    return result;
  }

  private static Duration parseIso(String text, String compact) {
    try {
      return Duration.parse(compact.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw bad(text);
    }
  }

  private static Duration parseUnits(String text, String compact) {
    if (NUMBER.matcher(compact).matches()) {
      throw new DurationParseException(
          "bad duration '" + text + "': add a unit (ms, s, m or h), e.g. '" + compact + "s'");
    }
    Matcher m = PART.matcher(compact);
    int end = 0;
    int lastUnit = -1;
    Duration total = Duration.ZERO;
    while (m.lookingAt()) {
      int unit = UNIT_ORDER.indexOf(m.group(2));
      if (unit <= lastUnit) {
        throw bad(text);
      }
      lastUnit = unit;
      total = total.plus(amount(text, new BigDecimal(m.group(1)), m.group(2)));
      end = m.end();
      m.region(end, compact.length());
    }
    if (end != compact.length()) {
      throw bad(text);
    }
    return total;
  }

  private static Duration amount(String text, BigDecimal number, String unit) {

    BigDecimal nanosPerUnit =
        switch (unit) {
          case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
          case "m" -> BigDecimal.valueOf(60_000_000_000L);
          case "s" -> BigDecimal.valueOf(1_000_000_000L);
          default -> BigDecimal.valueOf(1_000_000L);
        };
    try {
      return Duration.ofNanos(number.multiply(nanosPerUnit).longValueExact());
    } catch (ArithmeticException e) {
      throw new DurationParseException("duration '" + text + "' is too long or too precise");
    }
  }

  private static DurationParseException bad(String text) {
    return new DurationParseException(
        "bad duration '"
            + text
            + "': use a number and a unit, like 500ms, 10s, 2m, 1h or 1h30m (or ISO-8601 like"
            + " PT10S)");
  }
}
