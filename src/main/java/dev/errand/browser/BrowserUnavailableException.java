package dev.errand.browser;

/** No browser could be found or started; the message says what to do about it. */
public class BrowserUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrowserUnavailableException(String message) {
    super(message);
  }

  public BrowserUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
