package dev.errand.attempt;

/**
 * A problem that stops an attempt before or instead of its run, said in one line the person can act
 * on; the CLI turns its {@link Kind} into an exit code.
 */
public final class AttemptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem it is. */
  public enum Kind {
    /** The recipe, profile or inputs do not fit together; nothing ran. */
    BAD_INPUT,
    /** No browser the person could use: it did not start, or remote debugging did not open. */
    NO_BROWSER,
    /** The person stopped errand while it waited. */
    ABORTED,
    /** Another errand run on this machine is on the same site ({@link SiteLock}). */
    SITE_BUSY
  }

  private final Kind kind;

  public AttemptException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
