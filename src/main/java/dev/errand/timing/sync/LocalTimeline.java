package dev.errand.timing.sync;

import java.time.Instant;
import java.util.function.LongSupplier;

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

  /** The system clock: {@link Instant#now()} anchored to {@link System#nanoTime()}. */
  public static LocalTimeline system() {
    long before = System.nanoTime();
    Instant now = Instant.now();
    long after = System.nanoTime();
    return new LocalTimeline(now, before + (after - before) / 2, System::nanoTime);
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
