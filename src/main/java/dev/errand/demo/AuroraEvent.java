package dev.errand.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The one event the demo shop sells. */
final class AuroraEvent {

  static final String SLUG = "aurora-live";
  static final String NAME = "Aurora — Live at the Roundhouse";
  static final String PATH = "/events/" + SLUG;
  static final String API_PATH = "/api/events/" + SLUG;
  static final String VENUE = "The Roundhouse, Chalk Farm Road, London NW1 8EH";

  /** The show is six weeks after the sale opens. */
  private static final Duration SALE_TO_SHOW = Duration.ofDays(42);

  private AuroraEvent() {}

  /** The evening of the show, in London, at doors time. */
  static ZonedDateTime doorsOpen(Instant releaseAt) {
    return releaseAt.plus(SALE_TO_SHOW).atZone(Times.LONDON).with(LocalTime.of(19, 0));
  }
}
