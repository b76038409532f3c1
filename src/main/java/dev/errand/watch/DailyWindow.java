package dev.errand.watch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A part of every day, in a zone, when a watch may look: from {@code from} (included) to {@code to}
 * (excluded); a window whose end is before its start runs past midnight ({@code 22:00-02:00}). A
 * window that starts where it ends never opens and is refused.
 */
public record DailyWindow(LocalTime from, LocalTime to) {

  public DailyWindow {
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          "the window " + describe(from, to) + " never opens: it ends where it starts");
    }
  }

  /** Whether the local time {@code t} is inside the window. */
  public boolean contains(LocalTime t) {
    return from.isBefore(to)
        ? !t.isBefore(from) && t.isBefore(to)
        : !t.isBefore(from) || t.isBefore(to);
  }

  /** {@code at} when it is inside the window, else the window's next opening after it. */
  public Instant nextInside(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    if (contains(local.toLocalTime())) {
      return at;
    }
    ZonedDateTime opening = ZonedDateTime.of(local.toLocalDate(), from, zone);
    while (!opening.toInstant().isAfter(at)) {
      opening = ZonedDateTime.of(opening.toLocalDate().plusDays(1), from, zone);
    }
    return opening.toInstant();
  }

  public String describe() {
    return describe(from, to);
  }

  private static String describe(LocalTime from, LocalTime to) {
    return ScheduleParser.text(from) + "-" + ScheduleParser.text(to);
  }
}
