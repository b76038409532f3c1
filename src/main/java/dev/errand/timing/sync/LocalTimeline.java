package dev.errand.timing.sync;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The local wall clock at nanosecond precision: one wall-clock instant paired with a {@code
 * nanoTime} reading, and every later time derived from {@code nanoTime}. Immune to wall-clock steps
 * during a sync; "epoch nanos" below are nanoseconds since 1970 on this timeline.
 */
public final class LocalTimeline {

  private static final long SECOND = 1_000_000_000L;

  private final long anchorEpochNanos;
  private final long anchorNanoTime;
  private final LongSupplier nanoTime;

  /**
   * A timeline on which {@code nanoTime} reading {@code anchorNanoTime} is the instant {@code
   * anchor}.
   */
  public LocalTimeline(Instant anchor, long anchorNanoTime, LongSupplier nanoTime) {
    this.anchorEpochNanos = epochNanos(anchor);
    this.anchorNanoTime = anchorNanoTime;
    this.nanoTime = nanoTime;
  }

  /** How many times {@link #system()} reads the wall clock between two {@code nanoTime}s. */
  static final int ANCHOR_TRIES = 25;

  /** The system clock: {@link Instant#now()} anchored to {@link System#nanoTime()}. */
  public static LocalTimeline system() {
    return anchored(Instant::now, System::nanoTime);
  }

  /**
   * {@code wall} anchored to {@code nanoTime} at the tightest of {@link #ANCHOR_TRIES} readings of
   * {@code wall} between two {@code nanoTime}s. A thread paused between the readings (a busy
   * machine) would otherwise put the anchor, and every offset a sync measures on it, off by up to
   * half the pause: by 5 ms after a 10 ms pause, enough to fire early.
   */
  static LocalTimeline anchored(Supplier<Instant> wall, LongSupplier nanoTime) {
    @Nullable Instant bestWall = null;
    long bestMid = 0;
    long bestGap = Long.MAX_VALUE;
    for (int i = 0; i < ANCHOR_TRIES; i++) {
      long before = nanoTime.getAsLong();
      Instant now = wall.get();
      long after = nanoTime.getAsLong();
      if (after - before < bestGap) {
        bestGap = after - before;
        bestWall = now;
        bestMid = before + (after - before) / 2;
      }
    }
    // The first try always beats Long.MAX_VALUE, and there is at least one.
    return new LocalTimeline(requireNonNull(bestWall), bestMid, nanoTime);
  }

  /** The current {@code nanoTime} reading. */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /** Now, in epoch nanos. */
  public long now() {
    return epochNanos(nanoTime());
  }

  /** The epoch nanos of a {@code nanoTime} reading. */
  public long epochNanos(long nanoTimeReading) {
    return anchorEpochNanos + (nanoTimeReading - anchorNanoTime);
  }

  /** The {@code nanoTime} reading at which the timeline reaches {@code epochNanos}. */
  public long nanoTimeAt(long epochNanos) {
    return anchorNanoTime + (epochNanos - anchorEpochNanos);
  }

  /** The instant of a {@code nanoTime} reading. */
  public Instant instant(long nanoTimeReading) {
    return toInstant(epochNanos(nanoTimeReading));
  }

  /** Epoch nanos as an {@link Instant}. */
  public static Instant toInstant(long epochNanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochNanos, SECOND), Math.floorMod(epochNanos, SECOND));
  }

  /** An {@link Instant} as epoch nanos (valid for 1678–2262). */
  public static long epochNanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), SECOND), instant.getNano());
  }
}
