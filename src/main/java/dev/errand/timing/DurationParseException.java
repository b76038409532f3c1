package dev.errand.timing;

/** A duration text that {@link DurationParser} cannot read; the message says what to write. */
public class DurationParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public DurationParseException(String message) {
    super(message);
  }

  /** What was wrong and what to write instead; never null (every constructor takes it). */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage());
  }
}
