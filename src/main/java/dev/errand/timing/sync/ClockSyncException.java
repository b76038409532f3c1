package dev.errand.timing.sync;

/**
 * A site's clock could not be read: unreachable, no {@code Date} header, not an http(s) URL. The
 * message is one line, fit to show a person.
 */
public class ClockSyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClockSyncException(String message) {
    super(message);
  }

  public ClockSyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
