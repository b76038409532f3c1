package dev.errand.report;

import java.util.Locale;

/** Escaping and number formatting for the report's HTML and SVG. */
final class Html {

  private Html() {}

  /** Text or attribute value, escaped. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A coordinate for SVG: one decimal, no locale surprises. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** {@code s} cut to {@code max} characters with an ellipsis. */
  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
  }

  /** The CSS class for an outcome's tone. */
  static String tone(dev.errand.journal.AttemptOutcome o) {
    return switch (o.tone()) {
      case GOOD -> "good";
      case WARN -> "warn";
      case BAD -> "bad";
    };
  }

  /** The CSS class for a phase: {@code ph-arm}, {@code ph-at-release}, {@code ph-after}. */
  static String phase(String phase) {
    return "ph-" + phase.replaceAll("[^a-z-]", "");
  }
}
