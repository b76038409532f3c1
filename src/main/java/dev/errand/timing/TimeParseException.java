package dev.errand.timing;

/** A time text that {@link TimeParser} cannot read; the message says what to write instead. */
public class TimeParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public TimeParseException(String message) {
    super(message);
  }

  /** What was wrong and what to write instead; never null (every constructor takes it). */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage());
  }
}
