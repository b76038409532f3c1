package dev.errand.timing;

import dev.errand.text.Suggestions;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an instant as written in a recipe's {@code release:} or on the command line's {@code --at}:
 * ISO-8601 with an offset or {@code Z} ({@code 2026-12-01T10:00:00+01:00}; seconds optional,
 * fractions allowed), or a local date-time and a zone id ({@code 2026-12-01 10:00 Europe/London},
 * {@code 2026-12-01T10:00:00 Europe/London}, {@code 2026-12-01T10:00[Europe/London]}). A local
 * date-time alone is refused: the zone matters. Whether the instant is in the past is not checked
 * here.
 */
public final class TimeParser {

  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[Tt ]\\s*(\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)"
              + "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)?"
              + "(?:\\s*\\[([^\\]]*)\\]|\\s+(\\S+))?");

  private TimeParser() {}

  /**
   * Parses {@code text} into an instant.
   *
   * @throws TimeParseException with a message fit to show the person who wrote it
   */
  public static Instant parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = TIME.matcher(t);
    if (!m.matches()) {
      throw bad(t);
    }
    LocalDateTime local = localDateTime(t, m.group(1), m.group(2));
    String offsetText = m.group(3);
    String zoneText = m.group(4) != null ? m.group(4) : m.group(5);
    Optional<ZoneOffset> offset = Optional.ofNullable(offsetText).map(o -> offset(t, o));
    Optional<ZoneId> zone = Optional.ofNullable(zoneText).map(TimeParser::zone);
    if (offset.isEmpty() && zone.isEmpty()) {
      throw new TimeParseException(
          "bad time '"
              + t
              + "': a zone or an offset is required, e.g. '"
              + m.group(1)
              + " "
              + m.group(2)
              + " Europe/London' or '"
              + m.group(1)
              + "T"
              + m.group(2)
              + "+01:00'");
    }
    if (zone.isEmpty()) {
      return local.toInstant(offset.get());
    }
    return inZone(t, local, zone.get(), offset);
  }

  private static LocalDateTime localDateTime(String t, String date, String time) {
    try {
      return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time.replace(',', '.')));
    } catch (DateTimeException e) {
      throw bad(t);
    }
  }

  private static ZoneOffset offset(String t, String o) {
    try {
      return ZoneOffset.of(o.equalsIgnoreCase("z") ? "Z" : o);
    } catch (DateTimeException e) {
      throw bad(t);
    }
  }

  private static Instant inZone(
      String t, LocalDateTime local, ZoneId zone, Optional<ZoneOffset> offset) {
    var valid = zone.getRules().getValidOffsets(local);
    if (offset.isPresent()) {
      if (!valid.contains(offset.get())) {
        throw new TimeParseException(
            "bad time '"
                + t
                + "': offset "
                + offset.get()
                + " is not in use in "
                + zone
                + " at that time"
                + (valid.isEmpty() ? "" : " (it is " + valid.get(0) + ")"));
      }
      return local.toInstant(offset.get());
    }
    if (valid.isEmpty()) {
      throw new TimeParseException(
          "bad time '"
              + t
              + "': "
              + local.toLocalTime()
              + " on "
              + local.toLocalDate()
              + " does not exist in "
              + zone
              + " (the clocks go forward)");
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  /** The zone named {@code id}, or a {@link TimeParseException} suggesting a close one. */
  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      Set<String> known = new TreeSet<>(ZoneId.getAvailableZoneIds());
      Optional<String> hint = Suggestions.closest(id, known);
      if (hint.isEmpty()) {
        String city = id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        hint =
            known.stream().filter(k -> k.toLowerCase(Locale.ROOT).endsWith("/" + city)).findFirst();
      }
      throw new TimeParseException(
          "unknown zone id '"
              + id
              + "'"
              + hint.map(h -> " — did you mean '" + h + "'?").orElse(""));
    }
  }

  private static TimeParseException bad(String t) {
    return new TimeParseException(
        "bad time '"
            + t
            + "': use ISO-8601 with an offset (2026-12-01T10:00:00+01:00) or a local date-time"
            + " and a zone (2026-12-01 10:00 Europe/London)");
  }
}
