package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code handoff-page…} events onto the handoff they belong to: the latest one for the
 * same reason that has not ended yet (the page's events come between a handoff and its end).
 */
final class HandoffPageReader {

  private HandoffPageReader() {}

  /** Whether {@code e} was a handoff page's event, read into {@code handoffs}. */
  static boolean read(List<HandoffRecord> handoffs, JournalEvent e, double ms) {
    if (e instanceof JournalEvent.HandoffPageServed s) {
      update(
          handoffs,
          s.reason(),
          page ->
              new HandoffPageRecord(
                  or(s.shown(), "?"), Boolean.TRUE.equals(s.tls()), List.of(), Optional.empty()));
    } else if (e instanceof JournalEvent.HandoffPageOpened o) {
      visit(handoffs, o.reason(), new HandoffPageRecord.Visit(ms, or(o.from(), "?"), role(o)));
    } else if (e instanceof JournalEvent.HandoffPageTakeover o) {
      visit(handoffs, o.reason(), new HandoffPageRecord.Visit(ms, or(o.from(), "?"), "took-over"));
    } else if (e instanceof JournalEvent.HandoffPageEnd end) {
      HandoffPageRecord.End ended =
          new HandoffPageRecord.End(
              ms,
              count(end.devices()),
              count(end.taps()),
              count(end.scrolls()),
              count(end.keys()),
              count(end.refused()),
              or(end.finished(), "?"));
      update(handoffs, end.reason(), page -> page.with(ended));
    } else {
      return false;
    }
    return true;
  }

  private static String role(JournalEvent.HandoffPageOpened o) {
    return "control".equals(o.role()) ? "control" : "view";
  }

  private static void visit(
      List<HandoffRecord> handoffs, @Nullable String reason, HandoffPageRecord.Visit visit) {
    update(handoffs, reason, page -> page.with(visit));
  }

  /** Changes the page of the handoff the event belongs to (one without a page gets one). */
  private static void update(
      List<HandoffRecord> handoffs,
      @Nullable String reason,
      UnaryOperator<HandoffPageRecord> change) {
    String r = or(reason, "?");
    for (int i = handoffs.size() - 1; i >= 0; i--) {
      HandoffRecord h = handoffs.get(i);
      if (h.reason().equals(r) && h.result().isEmpty()) {
        HandoffPageRecord page =
            h.page().orElse(new HandoffPageRecord("?", false, List.of(), Optional.empty()));
        handoffs.set(i, h.withPage(change.apply(page)));
        return;
      }
    }
  }

  private static int count(@Nullable Integer n) {
    return n == null ? 0 : n;
  }

  private static String or(@Nullable String value, String otherwise) {
    return value != null ? value : otherwise;
  }
}
