package dev.errand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a basket held at one moment, for rendering. */
record BasketSnapshot(
    List<BasketLine> lines, @Nullable Instant expiresAt, boolean expiredRecently) {

  BasketSnapshot {
    lines = List.copyOf(lines);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  int ticketCount() {
    return lines.stream().mapToInt(BasketLine::quantity).sum();
  }

  long totalPence() {
    return lines.stream().mapToLong(BasketLine::totalPence).sum();
  }

  /** How long the hold has left at {@code now}, never negative; zero for an empty basket. */
  Duration remaining(Instant now) {
    if (expiresAt == null || !now.isBefore(expiresAt)) {
      return Duration.ZERO;
    }
    return Duration.between(now, expiresAt);
  }
}
