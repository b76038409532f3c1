package dev.errand.timing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * errand's one duration grammar, the same in recipes, on the command line and in profiles: {@code
 * 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1h30m}, {@code 1.5s}, {@code 30d}, {@code
 * 2w}, the long unit names ({@code 10 seconds}, {@code 3 minutes}), or ISO-8601 ({@code PT10S}).
 * Units go from largest to smallest, each at most once; {@link #parse} wants more than zero.
 */
public final class DurationParser {

  // Longest spellings first, so that "ms" and "min" are not read as "m".
  private static final Pattern PART =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)(milliseconds|millisecond|millis|ms|weeks|week|w|days|day|d|hours|hour"
              + "|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final List<String> UNIT_ORDER = List.of("w", "d", "h", "m", "s", "ms");

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

  /**
   * Like {@link #parse}, but zero ({@code 0}, {@code 0s}, {@code 0ms}) is allowed; negative not.
   */
  public static Duration parseOrZero(String text) {
    String t = text.trim();
    if (t.startsWith("-")) {
      throw new DurationParseException("duration '" + t + "' must not be negative");
    }
    return isZero(t) ? Duration.ZERO : parse(t);
  }

  /** A duration with an optional sign: {@code 2s}, {@code +2s}, {@code -1.5s}, {@code 0s}. */
  public static Duration parseSigned(String text) {
    String t = text.trim();
    if (isZero(t)) {
      return Duration.ZERO;
    }
    if (t.startsWith("-")) {
      return parse(t.substring(1)).negated();
    }
    return parse(t.startsWith("+") ? t.substring(1) : t);
  }

  private static boolean isZero(String text) {
    return text.matches("[+-]?0+(?:\\.0+)?\\s*(?:ms|s|m|h)?");
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
      int unit = UNIT_ORDER.indexOf(canonical(m.group(2)));
      if (unit <= lastUnit) {
        throw bad(text);
      }
      lastUnit = unit;
      total = total.plus(amount(text, new BigDecimal(m.group(1)), canonical(m.group(2))));
      end = m.end();
      m.region(end, compact.length());
    }
    if (end != compact.length()) {
      throw bad(text);
    }
    return total;
  }

  /** The one-letter (or {@code ms}) form of a unit as written. */
  private static String canonical(String unit) {
    if (unit.startsWith("mil") || unit.equals("ms")) {
      return "ms";
    }
    if (unit.startsWith("mi")) {
      return "m";
    }
    return unit.substring(0, 1);
  }

  private static Duration amount(String text, BigDecimal number, String unit) {
    BigDecimal nanosPerUnit =
        switch (unit) {
          case "w" -> BigDecimal.valueOf(7 * 86_400_000_000_000L);
          case "d" -> BigDecimal.valueOf(86_400_000_000_000L);
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
            + "': use a number and a unit, like 500ms, 10s, 2m, 1h, 1h30m or 30d (or ISO-8601"
            + " like PT10S)");
  }
}
