package dev.errand.timing;

/** A time text that {@link TimeParser} cannot read; the message says what to write instead. */
public class TimeParseException extends IllegalArgumentException {

  public TimeParseException(String message) {
    super(message);
  }
}
