package dev.errand.bench;

import dev.errand.demo.PageLoadRate;
import dev.errand.demo.RequestLog;
import java.util.List;

/**
 * The page loads in a shop's request log, counted as the demo shop's rate limit counts them (see
 * {@link PageLoadRate}), and the most of them in any one second.
 */
public final class PageLoads {

  private PageLoads() {}

  /** The page loads among {@code entries} (ordered by arrival), in order. */
  public static List<RequestLog.Entry> of(List<RequestLog.Entry> entries) {
    return PageLoadRate.of(entries);
  }

  /**
   * The most of {@code loads} (ordered by arrival) that arrived within any one second (half open:
   * two loads exactly 1 s apart are in different windows); 0 when there are none.
   */
  public static int densestWindow(List<RequestLog.Entry> loads) {
    return PageLoadRate.densestWindow(loads);
  }
}
