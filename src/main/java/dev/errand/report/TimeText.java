package dev.errand.report;

import java.time.Duration;
import java.util.Locale;

/**
 * How attempt times read, in the terminal and in the HTML report: stamps relative to the release
 * instant ({@code T−00:03.120}, {@code T+0.023}), step durations ({@code 371 ms}, {@code 1.26 s})
 * and differences ({@code +12 ms}, {@code −1.15 s}).
 */
public final class TimeText {

  /** U+2212, the minus sign: as wide as the plus sign, so columns line up. */
  public static final String MINUS = "\u2212";

  private TimeText() {}

  /**
   * A stamp relative to the release instant: before it {@code T−MM:SS.mmm}, after it {@code
   * T+S.mmm} (or {@code T+MM:SS.mmm} from a minute on). Without a release the {@code T} is left out
   * and the stamp is relative to the run's start.
   */
  public static String stamp(double ms, boolean release) {
    long total = Math.round(Math.abs(ms));
    boolean negative = ms < 0 && total > 0;
    String prefix = (release ? "T" : "") + (negative ? MINUS : "+");
    long millis = total % 1000;
    long seconds = total / 1000;
    if (!negative && seconds < 60) {
      return prefix + String.format(Locale.ROOT, "%d.%03d", seconds, millis);
    }
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    String mmss = String.format(Locale.ROOT, "%02d:%02d.%03d", minutes, seconds % 60, millis);
    return prefix + (hours > 0 ? hours + ":" + mmss : mmss);
  }

  /** A duration in milliseconds: {@code 9.8 ms}, {@code 371 ms}, {@code 1.26 s}, {@code 42.1 s}. */
  public static String millis(double ms) {
    double a = Math.abs(ms);
    String sign = ms < 0 ? MINUS : "";
    if (a < 10) {
      return sign + String.format(Locale.ROOT, "%.1f ms", a);
    }
    if (a < 1000) {
      return sign + String.format(Locale.ROOT, "%.0f ms", a);
    }
    if (a < 10_000) {
      return sign + String.format(Locale.ROOT, "%.2f s", a / 1000);
    }
    if (a < 60_000) {
      return sign + String.format(Locale.ROOT, "%.1f s", a / 1000);
    }
    return sign + duration(Duration.ofMillis(Math.round(a)));
  }

  /** A difference: {@code +12 ms}, {@code −1.15 s}, {@code ±0 ms}. */
  public static String signed(double ms) {
    if (Math.abs(ms) < 0.05) {
      return "±0 ms";
    }
    return (ms > 0 ? "+" : "") + millis(ms);
  }

  /** A run's length: {@code 7.3 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
  public static String duration(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = ms / 1000;
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
  }

  /** A tick label on a time axis: {@code T}, {@code +0.5 s}, {@code −14 s}. */
  public static String tick(double ms, boolean release) {
    if (Math.abs(ms) < 1e-6) {
      return release ? "T" : "0";
    }
    String seconds =
        new java.math.BigDecimal(Math.abs(ms) / 1000)
            .setScale(3, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return (ms < 0 ? MINUS : "+") + seconds + " s";
  }
}
