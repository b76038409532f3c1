package dev.errand.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a watch checks: {@link Every} so often (within a daily window, if given) or {@link Daily}
 * once a day at a local time. Each next check is computed from the clock's reading and the last
 * check, with a jitter drawn by the caller (0 ≤ jitter &lt; 1) that only ever makes a check later:
 * never more often than the schedule says, and never below {@link #FLOOR}.
 */
public sealed interface WatchSchedule permits WatchSchedule.Every, WatchSchedule.Daily {

  /**
   * The shortest interval between two checks: a watch runs for hours, and each check is a page load
   * (with its images and scripts) on a site errand must be polite to.
   */
  Duration FLOOR = Duration.ofSeconds(10);

  /** An interval up to this long keeps the browser open (armed) between checks. */
  Duration ARMED_UP_TO = Duration.ofMinutes(10);

  /** The most a daily check is put off by its jitter. */
  Duration DAILY_JITTER = Duration.ofSeconds(20);

  /** The most an interval is lengthened by its jitter (a tenth of it, at most this). */
  Duration EVERY_JITTER = Duration.ofMinutes(1);

  /**
   * When the next check is due: the first ({@code last} empty) as soon as the schedule allows from
   * {@code now}, a later one a schedule's step after {@code last} (never before {@code now}).
   */
  Instant next(Instant now, Optional<Instant> last, double jitter);

  /** Whether the browser stays open between checks (short intervals) or closes (long ones). */
  boolean keepsBrowser();

  ZoneId zone();

  String describe();

  /** A check every {@code interval}, only inside {@code window} when there is one. */
  record Every(Duration interval, Optional<DailyWindow> window, ZoneId zone)
      implements WatchSchedule {

    public Every {
      if (interval.compareTo(FLOOR) < 0) {
        throw new IllegalArgumentException(
            "a watch checks at most every "
                + FLOOR.toSeconds()
                + "s (errand's politeness floor), got "
                + ScheduleParser.text(interval));
      }
    }

    @Override
    public Instant next(Instant now, Optional<Instant> last, double jitter) {
      Instant due = now;
      if (last.isPresent()) {
        Duration extra = min(interval.dividedBy(10), EVERY_JITTER);
        Instant step = last.get().plus(interval).plus(scaled(extra, jitter));
        due = step.isAfter(now) ? step : now;
      }
      return window.isPresent() ? window.get().nextInside(due, zone) : due;
    }

    @Override
    public boolean keepsBrowser() {
      return interval.compareTo(ARMED_UP_TO) <= 0;
    }

    @Override
    public String describe() {
      return "every "
          + ScheduleParser.text(interval)
          + window.map(w -> " between " + w.describe() + " (" + zone.getId() + ")").orElse("");
    }
  }

  /** A check once a day at {@code at}, local time in {@code zone}. */
  record Daily(LocalTime at, ZoneId zone) implements WatchSchedule {

    @Override
    public Instant next(Instant now, Optional<Instant> last, double jitter) {
      // the first check on the day's time still ahead (or now); a later one on the next day's
      Instant from = last.orElse(now);
      LocalDate day = from.atZone(zone).toLocalDate();
      Instant due = ZonedDateTime.of(day, at, zone).toInstant();
      while (last.isPresent() ? !due.isAfter(from) : due.isBefore(from)) {
        day = day.plusDays(1);
        due = ZonedDateTime.of(day, at, zone).toInstant();
      }
      due = due.plus(scaled(DAILY_JITTER, jitter));
      // a machine that slept through the day's time looks at once
      return due.isBefore(now) ? now : due;
    }

    @Override
    public boolean keepsBrowser() {
      return false;
    }

    @Override
    public String describe() {
      return "daily at " + ScheduleParser.text(at) + " (" + zone.getId() + ")";
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration scaled(Duration d, double share) {
    double s = Math.max(0, Math.min(share, 1));
    return Duration.ofMillis((long) (d.toMillis() * s));
  }
}
