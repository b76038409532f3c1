package dev.errand.handoff;

import dev.errand.handoff.page.HandoffPage;
import dev.errand.handoff.page.PageSession;
import dev.errand.run.HandoffPageEvent;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.util.List;

/**
 * Tells the listeners, on the run's thread, what happened on one handoff's page: that it was
 * served, each opening and take-over soon after it happened (the page's own threads only record
 * them), and at the end the input counts and how the person finished. Never the token, never the
 * typed text.
 */
final class PageLog {

  private final HandoffRequest request;
  private final PageSession session;
  private final RunListener listener;
  private int told;
  private HandoffPageEvent.Finish finish = HandoffPageEvent.Finish.TIMED_OUT;

  PageLog(HandoffRequest request, PageSession session, RunListener listener) {
    this.request = request;
    this.session = session;
    this.listener = listener;
  }

  /** The page is served at {@code open}'s address. */
  void served(HandoffPage.Open open) {
    listener.handoffPage(
        request,
        new HandoffPageEvent.Served(
            open.shown(),
            open.server().address().getAddress().getHostAddress(),
            open.server().address().getPort(),
            open.server().tls()));
  }

  /** Tells the openings and take-overs not told yet. */
  void visits() {
    List<PageSession.Visit> visits = session.visits();
    for (; told < visits.size(); told++) {
      PageSession.Visit v = visits.get(told);
      listener.handoffPage(
          request,
          v.took()
              ? new HandoffPageEvent.TakenOver(v.address())
              : new HandoffPageEvent.Opened(v.address(), v.controls()));
    }
  }

  /** How the person's part ended, once known. */
  void finish(HandoffPageEvent.Finish how) {
    finish = how;
  }

  /** The handoff ended with {@code result}: the last visits, the counts and how it finished. */
  void ended(HandoffResult result) {
    visits();
    listener.handoffPage(
        request,
        new HandoffPageEvent.Ended(
            session.devices().size(),
            session.taps(),
            session.scrolls(),
            session.keys(),
            session.refused(),
            result == HandoffResult.TIMED_OUT ? HandoffPageEvent.Finish.TIMED_OUT : finish));
  }
}
