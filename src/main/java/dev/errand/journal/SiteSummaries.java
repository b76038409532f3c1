package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.SiteFigures;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The journal's per-site summary ({@link JournalEvent.SiteSummary}): made from a run's figures, and
 * told in one line for the console and the reports.
 */
public final class SiteSummaries {

  private SiteSummaries() {}

  /** The summary event of {@code figures}, dated {@code t}. */
  public static JournalEvent.SiteSummary of(SiteFigures figures, Instant t) {
    return new JournalEvent.SiteSummary(
        t,
        figures.site(),
        figures.requests(),
        figures.pageLoads(),
        figures.mostInOneSecond(),
        figures.refusals(),
        figures.retries(),
        figures.retryAfterWaits().toMillis(),
        figures.backoffWaits().toMillis());
  }

  /**
   * "127.0.0.1:8080: 14 requests, at most 1 page load in any second; 2 refused, 2 retries; waited
   * 4.1s (Retry-After 2s, backoff 2.1s)". What is zero is left out.
   */
  public static String describe(JournalEvent.SiteSummary s) {
    int requests = n(s.requests());
    int most = n(s.mostInOneSecond());
    List<String> parts = new ArrayList<>();
    parts.add(
        count(requests, "request") + ", at most " + count(most, "page load") + " in any second");
    int refusals = n(s.refusals());
    int retries = n(s.retries());
    if (refusals > 0 || retries > 0) {
      parts.add(refusals + " refused, " + count(retries, "retry", "retries"));
    }
    long retryAfter = s.retryAfterMs() == null ? 0 : s.retryAfterMs();
    long backoff = s.backoffMs() == null ? 0 : s.backoffMs();
    if (retryAfter + backoff > 0) {
      List<String> why = new ArrayList<>();
      if (retryAfter > 0) {
        why.add("Retry-After " + TimeText.human(Duration.ofMillis(retryAfter)));
      }
      if (backoff > 0) {
        why.add("backoff " + TimeText.human(Duration.ofMillis(backoff)));
      }
      parts.add(
          "left it alone "
              + TimeText.human(Duration.ofMillis(retryAfter + backoff))
              + " ("
              + String.join(", ", why)
              + ")");
    }
    return Objects.requireNonNullElse(s.site(), "?") + ": " + String.join("; ", parts);
  }

  private static int n(@Nullable Integer i) {
    return i == null ? 0 : i;
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
