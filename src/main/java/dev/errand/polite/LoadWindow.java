package dev.errand.polite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The most page loads that started within any one second (a sliding window, not calendar seconds):
 * two loads exactly a second apart are in different windows. Loads may be told a little out of
 * order. Not thread-safe: its {@link RequestBudget} guards it.
 */
final class LoadWindow {

  private static final long SECOND = 1_000_000_000L;

  /** The recent loads' {@code nanoTime}s, in order; older ones no longer matter. */
  private final List<Long> recent = new ArrayList<>();

  private int most;

  /** A load that started at {@code at} ({@code nanoTime}). */
  void add(long at) {
    int i = Collections.binarySearch(recent, at);
    recent.add(i < 0 ? -i - 1 : i, at);
    long newest = recent.get(recent.size() - 1);
    while (newest - recent.get(0) >= 2 * SECOND) {
      recent.remove(0);
    }
    for (int from = 0; from < recent.size(); from++) {
      int in = 0;
      for (int j = from; j < recent.size() && recent.get(j) - recent.get(from) < SECOND; j++) {
        in++;
      }
      most = Math.max(most, in);
    }
  }

  /** The most loads within any one second so far; 0 before the first. */
  int most() {
    return most;
  }
}
