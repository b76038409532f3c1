package dev.errand.timing.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How clock sync writes durations for people. */
final class TimeText {

  private TimeText() {}

  /** Signed seconds with {@code decimals} places, e.g. {@code +1.234 s}, {@code -0.500 s}. */
  static String seconds(long nanos, int decimals) {
    BigDecimal value =
        BigDecimal.valueOf(nanos).movePointLeft(9).setScale(decimals, RoundingMode.HALF_EVEN);
    return (nanos >= 0 ? "+" : "") + value.toPlainString() + " s";
  }

  /** Signed seconds to the millisecond, e.g. {@code +1.234 s}. */
  static String offset(Duration offset) {
    return seconds(offset.toNanos(), 3);
  }

  /**
   * A short duration rounded up, so it never understates: {@code 0.4 ms}, {@code 2 ms}, {@code 15
   * ms}, {@code 1.5 s}.
   */
  static String atMost(Duration duration) {
    long nanos = Math.max(0, duration.toNanos());
    if (nanos >= 10_000_000_000L) {
      return trim(BigDecimal.valueOf(nanos).movePointLeft(9).setScale(1, RoundingMode.CEILING))
          + " s";
    }
    if (nanos >= 1_000_000_000L) {
      return trim(BigDecimal.valueOf(nanos).movePointLeft(9).setScale(2, RoundingMode.CEILING))
          + " s";
    }
    BigDecimal millis = BigDecimal.valueOf(nanos).movePointLeft(6);
    int scale = nanos >= 10_000_000L ? 0 : 1;
    return trim(millis.setScale(scale, RoundingMode.CEILING)) + " ms";
  }

  /** A short duration rounded to nearest: {@code 0.4 ms}, {@code 12 ms}. */
  static String about(Duration duration) {
    long nanos = Math.max(0, duration.toNanos());
    BigDecimal millis = BigDecimal.valueOf(nanos).movePointLeft(6);
    int scale = nanos >= 10_000_000L ? 0 : 1;
    return trim(millis.setScale(scale, RoundingMode.HALF_UP)) + " ms";
  }

  private static String trim(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
