package dev.errand.timing;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

  /**
   * A duration as errand's one grammar writes it ({@link DurationParser} reads it back): {@code
   * 250ms}, {@code 10s}, {@code 1.5s}, {@code 2m}, {@code 1m30s}, {@code 1h30m}. Below a minute to
   * the tenth of a second; from a minute on, whole seconds.
   */
  public static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      return ms % 1000 == 0
          ? (ms / 1000) + "s"
          : String.format(Locale.ROOT, "%.1fs", Math.floor(ms / 100.0) / 10);
    }
    StringBuilder out = new StringBuilder();
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0) {
      out.append(d.toSecondsPart()).append('s');
    }
    return out.toString();
  }
}
