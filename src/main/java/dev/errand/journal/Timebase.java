package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Places journal times (this machine's clock, the {@code t} of each event) on the site's clock,
 * relative to the release instant: {@code T−3120 ms}, {@code T+23 ms}. The site's clock is taken as
 * this machine's plus the offset in effect at the release (from the {@code release} event, else the
 * last successful clock reading, else none). Without a release instant, times are relative to the
 * run's start.
 */
public final class Timebase {

  private final Instant reference;
  private final double offsetMs;
  private final boolean release;

  private Timebase(Instant reference, double offsetMs, boolean release) {
    this.reference = reference;
    this.offsetMs = offsetMs;
    this.release = release;
  }

  /** A timebase relative to the release instant {@code instant} (site time). */
  public static Timebase release(Instant instant, double offsetMs) {
    return new Timebase(instant, offsetMs, true);
  }

  /** A timebase relative to {@code start} (this machine's clock), for recipes without release. */
  public static Timebase start(Instant start) {
    return new Timebase(start, 0, false);
  }

  static Timebase of(List<JournalEvent> events, Optional<Instant> releaseInstant, Instant start) {
    if (releaseInstant.isEmpty()) {
      return start(start);
    }
    return release(releaseInstant.get(), offsetMs(events).orElse(0));
  }

  /** site − local in milliseconds, as best the journal tells. */
  static OptionalDouble offsetMs(List<JournalEvent> events) {
    OptionalDouble synced = OptionalDouble.empty();
    for (JournalEvent e : events) {
      if (e instanceof JournalEvent.Release r) {
        if (r.t() != null && r.siteTime() != null) {
          return OptionalDouble.of(Duration.between(r.t(), r.siteTime()).toNanos() / 1e6);
        }
        return synced;
      }
      if (e instanceof JournalEvent.ClockSync c && c.succeeded()) {
        synced = c.offsetMs() == null ? OptionalDouble.empty() : OptionalDouble.of(c.offsetMs());
      }
    }
    return synced;
  }

  /** Whether times are relative to a release instant (else to the run's start). */
  public boolean relativeToRelease() {
    return release;
  }

  /** Milliseconds from the reference to the local instant {@code local}. */
  public double ms(Instant local) {
    return Duration.between(reference, local).toNanos() / 1e6 + offsetMs;
  }

  /** Milliseconds from the reference to an instant on the site's clock. */
  public double siteMs(Instant site) {
    return Duration.between(reference, site).toNanos() / 1e6;
  }

  /** The instant on the site's clock {@code ms} from the reference. */
  public Instant siteTime(double ms) {
    return reference.plusNanos(Math.round(ms * 1e6));
  }
}
