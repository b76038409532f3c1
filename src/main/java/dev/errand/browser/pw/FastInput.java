package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jspecify.annotations.Nullable;

/**
 * The urgent path of actions: one {@link Probe} round trip, then a <em>trusted</em> mouse click at
 * the element's centre ({@code page.mouse().click}: real input events, as a person's click),
 * skipping Playwright's wait for the element to be "stable" (two animation frames). The probe's hit
 * test stands in for Playwright's: when anything else is at the centre (a cookie banner, an
 * overlay), or the element is in an iframe, there is no fast click and the caller takes the normal
 * path.
 */
final class FastInput {

  private final Page page;
  private final Pace pace;

  FastInput(Page page, Pace pace) {
    this.page = page;
    this.pace = pace;
  }

  /**
   * {@code probe} (null: none yet) or, while it says the element is still settling (its document
   * parsing, disabled, no size, gone for a moment), a fresh probe each poll until the deadline;
   * returns the last one.
   */
  Probe settled(Locator element, @Nullable Probe probe, Deadline deadline) {
    Probe p = probe != null ? probe : Probe.first(element);
    while (p.settling() && !deadline.passed()) {
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
      p = Probe.first(element);
    }
    return p;
  }

  /**
   * Clicks {@code element} at the centre {@code probe} found, scrolling it into view first if it is
   * outside the viewport; false (and no click) unless it is then {@code READY}.
   */
  boolean click(Locator element, Probe probe) {
    Probe p = probe.state() == Probe.State.OUTSIDE ? Probe.first(element, true) : probe;
    if (p.state() != Probe.State.READY) {
      return false;
    }
    page.mouse().click(p.x(), p.y());
    return true;
  }

  /**
   * Clicks the target fast once its probe settles; false when the caller should take the normal
   * path.
   */
  boolean click(Target target, Deadline deadline) {
    return click(target.element(), settled(target.element(), target.probe(), deadline));
  }
}
