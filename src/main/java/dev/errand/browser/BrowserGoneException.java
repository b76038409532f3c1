package dev.errand.browser;

/**
 * The browser is gone: its process crashed or was killed, it disconnected, or its page or window
 * was closed. Not a failed action (it is no {@link BrowserActionException}): nothing on the page
 * can succeed until a new browser is started. The message is written for the person.
 */
public class BrowserGoneException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrowserGoneException(String message) {
    super(message);
  }

  public BrowserGoneException(String message, Throwable cause) {
    super(message, cause);
  }
}
