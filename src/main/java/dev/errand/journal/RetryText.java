package dev.errand.journal;

import dev.errand.timing.TimeText;
import java.time.Duration;

/** A retry in one line, the same on the console and in the reports. */
public final class RetryText {

  private RetryText() {}

  /**
   * "HTTP 503 — retrying in 2.1s (try 2 of 3)"; "… as the site asked" when it came with {@code
   * Retry-After}.
   */
  public static String of(
      String refusal, Duration wait, boolean retryAfter, int attempt, int attempts) {
    return refusal
        + " — retrying in "
        + TimeText.human(wait)
        + (retryAfter ? " as the site asked" : "")
        + " (try "
        + attempt
        + " of "
        + attempts
        + ")";
  }
}
