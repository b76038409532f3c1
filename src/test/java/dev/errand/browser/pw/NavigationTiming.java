package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;

/**
 * The current document's navigation timing (the browser's own record of the reload), as ms after a
 * reference instant: when the response started and ended, and when the DOM was parsed.
 *
 * @param responseStartMs first byte of the response
 * @param responseEndMs last byte of the response
 * @param domReadyMs {@code DOMContentLoaded} fired
 */
record NavigationTiming(double responseStartMs, double responseEndMs, double domReadyMs) {

  private static final String READ =
      "() => { const n = performance.getEntriesByType('navigation')[0];"
          + " const o = performance.timeOrigin;"
          + " return [o + n.responseStart, o + n.responseEnd, o + n.domContentLoadedEventStart]; }";

  /** Reads the page's timing relative to {@code reference} (both on this machine's clock). */
  static NavigationTiming read(Page page, Instant reference) {
    @SuppressWarnings("unchecked")
    List<Number> t = (List<Number>) page.evaluate(READ);
    double ref = reference.toEpochMilli() + (reference.getNano() % 1_000_000) / 1e6;
    return new NavigationTiming(
        t.get(0).doubleValue() - ref, t.get(1).doubleValue() - ref, t.get(2).doubleValue() - ref);
  }
}
