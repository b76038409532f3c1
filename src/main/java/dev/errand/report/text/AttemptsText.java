package dev.errand.report.text;

import dev.errand.journal.AttemptOutcome;
import dev.errand.text.Styles;

/** Small pieces shared by the attempts views: an outcome in its colour, padding. */
final class AttemptsText {

  private AttemptsText() {}

  /** {@code text} in the colour of {@code outcome}'s tone. */
  static String tone(Styles c, AttemptOutcome outcome, String text) {
    return switch (outcome.tone()) {
      case GOOD -> c.green(text);
      case WARN -> c.yellow(text);
      case BAD -> c.red(text);
    };
  }

  static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
