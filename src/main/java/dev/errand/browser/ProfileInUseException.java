package dev.errand.browser;

/**
 * The profile's browser data directory is held by another browser (another errand run on the same
 * profile, or a browser window the person opened on it): no browser is missing, so nothing for
 * {@code doctor} to find; the message names the directory and, when known, the holder's pid.
 */
public class ProfileInUseException extends BrowserUnavailableException {

  private static final long serialVersionUID = 1L;

  public ProfileInUseException(String message) {
    super(message);
  }

  public ProfileInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
