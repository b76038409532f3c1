package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalTimelineTest {

  static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

  /**
   * A machine whose thread is paused 10 ms between the first nanoTime and wall-clock readings: the
   * wall clock then reads 10 ms later than the first nanoTime says. Later readings are tight.
   */
  @Test
  void theAnchorIsTheTightestReadingNotAPausedOne() {
    AtomicLong nanos = new AtomicLong(1_000_000_000L);
    AtomicInteger walls = new AtomicInteger();
    LocalTimeline timeline =
        LocalTimeline.anchored(
            () -> {
              if (walls.getAndIncrement() == 0) {
                nanos.addAndGet(10_000_000L); // paused for 10 ms before reading the wall clock
              }
              // the true wall clock: T0 at nanoTime 1e9
              return T0.plusNanos(nanos.get() - 1_000_000_000L);
            },
            () -> nanos.addAndGet(1_000)); // each nanoTime reading takes 1 µs
    long now = nanos.get();
    Instant truth = T0.plusNanos(now - 1_000_000_000L);
    Instant read = timeline.instant(now);
    long errorNanos =
        Math.abs(read.toEpochMilli() * 1_000_000L - truth.toEpochMilli() * 1_000_000L);
    assertEquals(0, errorNanos / 1_000_000L, "within a millisecond of the truth: " + read);
    assertEquals(LocalTimeline.ANCHOR_TRIES, walls.get());
  }
}
