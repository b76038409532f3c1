package dev.errand.browser.pw;

/**
 * How fast the adapter acts. Normal: Playwright's own checks, and waits that poll every {@value
 * #NORMAL_POLL_MS} ms. Urgent (the at-release phase): waits poll every {@value #URGENT_POLL_MS} ms
 * and actions take the fastest trusted path ({@link FastInput}). One page's adapter parts share one
 * pace; like the page, it belongs to one thread.
 */
final class Pace {

  static final double NORMAL_POLL_MS = 25;
  static final double URGENT_POLL_MS = 2;

  private boolean urgent;

  boolean urgent() {
    return urgent;
  }

  void urgent(boolean on) {
    this.urgent = on;
  }

  /** The pause between two checks of a wait. */
  double pollMs() {
    return urgent ? URGENT_POLL_MS : NORMAL_POLL_MS;
  }
}
