package dev.errand.polite;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells when a site has stopped serving errand rather than being busy: {@link #STREAK} answers in a
 * row of 403 Forbidden or 429 Too Many Requests to page loads, or one page that says errand is
 * blocked ("Access denied", "unusual traffic", a CDN's block page). Once it has tripped it stays
 * tripped: errand stops pushing and tells the person, it does not try its luck again. Answers of
 * any other status end a streak. Thread-safe.
 */
public final class SoftBanSentinel {

  /** How many 403/429 answers in a row mean the site refuses errand, not just a page. */
  public static final int STREAK = 3;

  private int streak;
  private int streakStatus;
  private boolean mixed;
  private @Nullable String verdict;

  /** A page load's main document came with {@code status}. */
  public synchronized void answered(int status) {
    if (verdict != null) {
      return;
    }
    if (status != 403 && status != 429) {
      streak = 0;
      mixed = false;
      return;
    }
    mixed = streak > 0 && status != streakStatus;
    streak++;
    streakStatus = status;
    if (streak >= STREAK) {
      verdict =
          "the site answered "
              + (mixed ? "403 and 429" : String.valueOf(status))
              + " "
              + times(streak)
              + " in a row";
    }
  }

  /** The page shown says errand is blocked: {@code what} says how ("Cloudflare's block page"). */
  public synchronized void blockPage(String what) {
    if (verdict == null) {
      verdict = "the site showed " + what;
    }
  }

  /** Why the site is taken to refuse errand; empty while it is not. */
  public synchronized Optional<String> verdict() {
    return Optional.ofNullable(verdict);
  }

  private static String times(int n) {
    return switch (n) {
      case 1 -> "once";
      case 2 -> "twice";
      case 3 -> "three times";
      default -> n + " times";
    };
  }
}
