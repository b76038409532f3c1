package dev.errand.browser;

import java.time.Duration;

/** Short human forms of durations: {@code 10s}, {@code 1.5s}, {@code 500ms}. */
public final class Durations {

  private Durations() {}

  public static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms % 1000 == 0) {
      return (ms / 1000) + "s";
    }
    return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
  }
}
