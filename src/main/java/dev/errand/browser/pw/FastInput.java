package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The urgent path of actions: one {@link Probe} round trip, then a <em>trusted</em> mouse click at
 * the element's centre ({@code page.mouse().click}: real input events, as a person's click),
 * skipping Playwright's wait for the element to be "stable" (two animation frames, ~50 ms a click).
 * The probe's hit test stands in for Playwright's: when anything else is at the centre (a cookie
 * banner, an overlay), or the element is in an iframe, there is no fast click and the caller takes
 * the normal path.
 */
final class FastInput {

  private final Page page;
  private final Pace pace;

  FastInput(Page page, Pace pace) {
    this.page = page;
    this.pace = pace;
  }

  /**
   * Probes {@code element}, checking again every poll while it is still settling (its document
   * parsing, disabled, no size) until the deadline; returns the last probe.
   */
  Probe probe(Locator element, Deadline deadline) {
    while (true) {
      Probe p =
          Probe.fromJs(
              element.evaluate(
                  Probe.SCRIPT,
                  null,
                  new Locator.EvaluateOptions().setTimeout(deadline.remainingMs())));
      if (!p.settling() || deadline.passed()) {
        return p;
      }
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
    }
  }

  /** Clicks at the probed centre; false (and no click) unless the probe found it {@code READY}. */
  boolean click(Probe probe) {
    if (probe.state() != Probe.State.READY) {
      return false;
    }
    page.mouse().click(probe.x(), probe.y());
    return true;
  }

  /** Probes and clicks; false when the caller should take the normal path. */
  boolean click(Locator element, Deadline deadline) {
    return click(probe(element, deadline));
  }
}
