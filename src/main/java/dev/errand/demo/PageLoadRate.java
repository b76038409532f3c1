package dev.errand.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page loads in a {@link RequestLog}, counted as the shop's {@link RateLimiter} counts them: a
 * request with {@code Sec-Fetch-Dest: document} or with none (a client that is not a browser, such
 * as a clock probe), except the first {@code GET} within {@link #REDIRECT_GRACE} of a redirect the
 * shop sent ({@code 303}, or a waiting room's {@code 302}), which belongs to the page load that was
 * redirected. Sub-resources never count.
 */
public final class PageLoadRate {

  /** How soon after a redirect the {@code GET} following it belongs to the same page load. */
  public static final Duration REDIRECT_GRACE = Duration.ofSeconds(2);

  /** The window the request rate is read over. */
  public static final Duration WINDOW = Duration.ofSeconds(1);

  private static final int FOUND = 302;
  private static final int SEE_OTHER = 303;

  private PageLoadRate() {}

  /** The page loads among {@code entries} (ordered by arrival), in order. */
  public static List<RequestLog.Entry> of(List<RequestLog.Entry> entries) {
    List<RequestLog.Entry> loads = new ArrayList<>();
    Long redirectAt = null;
    for (RequestLog.Entry e : entries) {
      if (!isPageLoad(e)) {
        continue;
      }
      boolean followsRedirect =
          redirectAt != null
              && e.method().equalsIgnoreCase("GET")
              && e.receivedNanos() - redirectAt <= REDIRECT_GRACE.toNanos();
      if (followsRedirect) {
        redirectAt = null;
      } else {
        loads.add(e);
      }
      if (e.status() == SEE_OTHER || e.status() == FOUND) {
        redirectAt = e.receivedNanos();
      }
    }
    return List.copyOf(loads);
  }

  /**
   * The most of {@code loads} (ordered by arrival) that arrived within any one {@link #WINDOW}
   * (half open: two loads exactly 1 s apart are in different windows); 0 when there are none.
   */
  public static int densestWindow(List<RequestLog.Entry> loads) {
    int densest = 0;
    int from = 0;
    for (int to = 0; to < loads.size(); to++) {
      long end = loads.get(to).receivedNanos();
      while (end - loads.get(from).receivedNanos() >= WINDOW.toNanos()) {
        from++;
      }
      densest = Math.max(densest, to - from + 1);
    }
    return densest;
  }

  private static boolean isPageLoad(RequestLog.Entry e) {
    return e.fetchDest()
        .map(d -> d.strip().toLowerCase(Locale.ROOT).equals("document"))
        .orElse(true);
  }

  /**
   * The most page loads within any one {@link #WINDOW} among {@code entries} (ordered by arrival).
   */
  public static int densestSecond(List<RequestLog.Entry> entries) {
    return densestWindow(of(entries));
  }
}
