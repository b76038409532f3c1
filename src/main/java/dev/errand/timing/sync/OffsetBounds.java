package dev.errand.timing.sync;

import java.time.Duration;

/**
 * What is known about a site's clock offset ({@code site − local}): it lies in {@code [lo, hi)}, in
 * nanoseconds. Pure arithmetic; an interval with {@code lo >= hi} is empty.
 *
 * @param loNanos the smallest offset still possible
 * @param hiNanos the first offset no longer possible
 */
public record OffsetBounds(long loNanos, long hiNanos) {

  private static final long SECOND = 1_000_000_000L;

  /** The interval {@code [lo, hi)}. */
  public static OffsetBounds of(Duration lo, Duration hi) {
    return new OffsetBounds(lo.toNanos(), hi.toNanos());
  }

  /**
   * What one {@code Date} header says: the site's clock read {@code dateEpochSecond} (a whole
   * second, truncated) at some local instant between sending ({@code sentNanos}) and receiving
   * ({@code receivedNanos}), both in local epoch nanoseconds. So {@code S − t3 <= offset < S + 1 s
   * − t0}.
   */
  public static OffsetBounds fromDate(long dateEpochSecond, long sentNanos, long receivedNanos) {
    long s = Math.multiplyExact(dateEpochSecond, SECOND);
    return new OffsetBounds(s - receivedNanos, s + SECOND - sentNanos);
  }

  /**
   * What one sub-second stamp says (e.g. Fastly's {@code X-Timer}): the site's clock read {@code
   * stampEpochNanos}, with {@code resolutionNanos} resolution, between sending and receiving.
   */
  public static OffsetBounds fromStamp(
      long stampEpochNanos, long resolutionNanos, long sentNanos, long receivedNanos) {
    return new OffsetBounds(
        stampEpochNanos - receivedNanos, stampEpochNanos + resolutionNanos - sentNanos);
  }

  /** The smallest offset still possible. */
  public Duration lo() {
    return Duration.ofNanos(loNanos);
  }

  /** The first offset no longer possible. */
  public Duration hi() {
    return Duration.ofNanos(hiNanos);
  }

  /** The offsets both intervals allow; possibly {@link #isEmpty() empty}. */
  public OffsetBounds intersect(OffsetBounds other) {
    return new OffsetBounds(Math.max(loNanos, other.loNanos), Math.min(hiNanos, other.hiNanos));
  }

  /** The smallest interval holding both. */
  public OffsetBounds hull(OffsetBounds other) {
    return new OffsetBounds(Math.min(loNanos, other.loNanos), Math.max(hiNanos, other.hiNanos));
  }

  /** Whether no offset fits: the readings contradict each other. */
  public boolean isEmpty() {
    return loNanos >= hiNanos;
  }

  /** {@code hi − lo}, or 0 when empty. */
  public long widthNanos() {
    return isEmpty() ? 0 : hiNanos - loNanos;
  }

  /** {@code hi − lo}, or zero when empty. */
  public Duration width() {
    return Duration.ofNanos(widthNanos());
  }

  /** The middle of the interval, rounded down. */
  public long midpointNanos() {
    return loNanos + (hiNanos - loNanos) / 2;
  }

  /** The middle of the interval: the best single estimate of the offset. */
  public Duration midpoint() {
    return Duration.ofNanos(midpointNanos());
  }

  /** Half the width, rounded up: how far the midpoint may be from the true offset. */
  public Duration halfWidth() {
    long width = widthNanos();
    return Duration.ofNanos(width / 2 + width % 2);
  }

  /** How far apart two intervals are (0 if they overlap): a lower bound on a disagreement. */
  public long gapNanos(OffsetBounds other) {
    return Math.max(0, Math.max(loNanos - other.hiNanos, other.loNanos - hiNanos));
  }

  /** Whether {@code offset} lies in {@code [lo, hi)}. */
  public boolean contains(Duration offset) {
    long nanos = offset.toNanos();
    return nanos >= loNanos && nanos < hiNanos;
  }

  /** The interval like {@code [+1.234100 s, +1.236 s)}. */
  @Override
  public String toString() {
    return "[" + TimeText.seconds(loNanos, 6) + ", " + TimeText.seconds(hiNanos, 6) + ")";
  }
}
