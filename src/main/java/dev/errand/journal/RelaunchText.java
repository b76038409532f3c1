package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import dev.errand.timing.TimeText;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One line for a browser started again after a crash, the same on the console, in {@code attempts
 * show} and in the report: "the browser was gone for 2.1 s; errand started it again (1 of 3),
 * reopened http://…/events/aurora-live and goes on from step 2 of arm (wait-for …)".
 */
public final class RelaunchText {

  private RelaunchText() {}

  public static String of(int count, int max, Duration gone, String url, String resumeAt) {
    return "the browser was gone for "
        + TimeText.human(gone)
        + "; errand started it again ("
        + count
        + " of "
        + max
        + ")"
        + (url.isEmpty() ? "" : ", reopened " + url + " and goes on " + resumeAt)
        + (url.isEmpty() ? " and goes on " + resumeAt : "");
  }

  static String of(JournalEvent.Relaunch r) {
    return of(
        r.count() == null ? 1 : r.count(),
        r.max() == null ? 3 : r.max(),
        Duration.ofNanos(Math.round((r.goneMs() == null ? 0 : r.goneMs()) * 1e6)),
        or(r.url()),
        r.resumeAt() == null ? "" : r.resumeAt());
  }

  private static String or(@Nullable String s) {
    return s == null ? "" : s;
  }
}
