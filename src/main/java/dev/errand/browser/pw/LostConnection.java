package dev.errand.browser.pw;

import dev.errand.browser.BrowserActionException;

/**
 * A page load that got no answer at all: the connection was reset, closed or refused, or the server
 * sent nothing. Like a 503, a refusal errand may wait out and load again, a bounded number of
 * times.
 */
final class LostConnection extends BrowserActionException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  LostConnection(String message, String reason, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** What happened to the connection ("the connection was reset"). */
  String reason() {
    return reason;
  }
}
