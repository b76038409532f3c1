package dev.errand.timing;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How errand writes times and durations for the person: a countdown, a short duration, a clock. */
public final class TimeText {

  /** A wall-clock instant in this machine's zone, to the millisecond: {@code 10:00:00.000 CET}. */
  public static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS z").withZone(ZoneId.systemDefault());

  private TimeText() {}

  /** {@code 01:02:03} for 3723 seconds. */
  public static String hms(long seconds) {
    return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }

  /** {@code 2h}, {@code 3m} or {@code 45s}: the largest unit that says it exactly, else seconds. */
  public static String human(Duration d) {
    if (d.toHours() > 0 && d.toMinutesPart() == 0) {
      return d.toHours() + "h";
    }
    if (d.toMinutes() > 0 && d.toSecondsPart() == 0) {
      return d.toMinutes() + "m";
    }
    return d.toSeconds() + "s";
  }
}
