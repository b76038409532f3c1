package dev.errand.bench;

import java.time.Duration;
import java.util.Locale;

/** How the bench writes numbers: milliseconds with one decimal, skews in signed seconds. */
public final class Figures {

  private Figures() {}

  /** {@code 12.3 ms}, {@code -250.0 ms}. */
  public static String ms(Duration d) {
    return String.format(Locale.ROOT, "%.1f ms", millis(d));
  }

  /** {@code +1.667 s}, {@code -3.000 s}, {@code +0.000 s}. */
  public static String skew(Duration d) {
    return String.format(Locale.ROOT, "%+.3f s", millis(d) / 1000);
  }

  /** {@code 0.04×}, {@code 31.2×}. */
  public static String ratio(double r) {
    return String.format(Locale.ROOT, r < 10 ? "%.2f×" : "%.1f×", r);
  }

  /** Milliseconds, with the nanoseconds as a fraction. */
  public static double millis(Duration d) {
    return d.toNanos() / 1e6;
  }

  /** Milliseconds rounded to the microsecond, for JSON. */
  public static double roundedMillis(Duration d) {
    return Math.round(d.toNanos() / 1e3) / 1e3;
  }

  /** {@code 14.2 s}: seconds with one decimal. */
  public static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", millis(d) / 1000);
  }

  /** {@code 2 of 3 (67%)}. */
  public static String share(int part, int whole) {
    return whole == 0
        ? part + " of 0"
        : String.format(Locale.ROOT, "%d of %d (%.0f%%)", part, whole, 100.0 * part / whole);
  }
}
