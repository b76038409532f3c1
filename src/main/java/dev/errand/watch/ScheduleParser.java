package dev.errand.watch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a watch's schedule from its options' text: the interval already parsed, {@code --between
 * HH:MM-HH:MM}, {@code --daily HH:MM} and {@code --zone}. A bad value is a {@link
 * ScheduleException} naming its option.
 */
public final class ScheduleParser {

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

  private ScheduleParser() {}

  /** A problem with one option of the schedule: its name and what is wrong. */
  public static final class ScheduleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String option;

    ScheduleException(String option, String message) {
      super(option + ": " + message, null, false, false);
      this.option = option;
    }

    public String option() {
      return option;
    }
  }

  /**
   * The schedule of {@code every} (optionally within {@code between}) or of {@code daily}; exactly
   * one of the two is given. {@code zone} empty: {@code machineZone}.
   */
  public static WatchSchedule parse(
      Optional<Duration> every,
      Optional<String> between,
      Optional<String> daily,
      Optional<String> zone,
      ZoneId machineZone) {
    ZoneId z = zone.map(ScheduleParser::zone).orElse(machineZone);
    if (every.isPresent() && daily.isPresent()) {
      throw new ScheduleException("--daily", "choose --every or --daily, not both");
    }
    if (daily.isPresent()) {
      if (between.isPresent()) {
        throw new ScheduleException("--between", "goes with --every, not with --daily");
      }
      return new WatchSchedule.Daily(time("--daily", daily.get()), z);
    }
    if (every.isEmpty()) {
      throw new ScheduleException(
          "--every", "say how often to check (--every 5m) or when each day (--daily 04:00)");
    }
    Optional<DailyWindow> window = between.map(ScheduleParser::window);
    try {
      return new WatchSchedule.Every(every.get(), window, z);
    } catch (IllegalArgumentException e) {
      throw new ScheduleException("--every", String.valueOf(e.getMessage()));
    }
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      throw new ScheduleException(
          "--zone",
          "unknown time zone '" + text + "' (a region such as Europe/London, or UTC, or +01:00)");
    }
  }

  static DailyWindow window(String text) {
    String[] parts = text.split("-", -1);
    if (parts.length != 2) {
      throw new ScheduleException(
          "--between", "'" + text + "' is not a window of the day (HH:MM-HH:MM, e.g. 08:00-23:00)");
    }
    LocalTime from = time("--between", parts[0]);
    LocalTime to = time("--between", parts[1]);
    try {
      return new DailyWindow(from, to);
    } catch (IllegalArgumentException e) {
      throw new ScheduleException("--between", String.valueOf(e.getMessage()));
    }
  }

  static LocalTime time(String option, String text) {
    Matcher m = TIME.matcher(text.trim());
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour < 24 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    throw new ScheduleException(
        option, "'" + text + "' is not a time of day (HH:MM, from 00:00 to 23:59)");
  }

  /** {@code 08:00}. */
  static String text(LocalTime t) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /** {@code 5m}, {@code 90s}, {@code 1h}, {@code 500ms}. */
  static String text(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    long s = d.toSeconds();
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
