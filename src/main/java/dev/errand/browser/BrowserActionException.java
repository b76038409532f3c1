package dev.errand.browser;

/** An action on the page failed; the message is written for the person running errand. */
public class BrowserActionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrowserActionException(String message) {
    super(message);
  }

  public BrowserActionException(String message, Throwable cause) {
    super(message, cause);
  }
}
