package dev.errand.scaffold;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text written into a scaffold's YAML: plain where YAML reads it back as the same text. */
final class Yaml {

  /** Plain in a flow map ({@code {role: button, name: Add to basket}}): no , [ ] { } # : etc. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .()&/+'!?-]*");

  private static final Pattern RESERVED =
      Pattern.compile("(true|false|yes|no|on|off|null|y|n|~)", Pattern.CASE_INSENSITIVE);

  private Yaml() {}

  /**
   * {@code text} as a scalar: plain when that reads back the same, else double-quoted; a <code>${
   * </code> in it is escaped, so the recipe types the text as written.
   */
  static String scalar(String text) {
    String t = text.replace("${", "$${");
    if (PLAIN.matcher(t).matches()
        && !RESERVED.matcher(t).matches()
        && !t.endsWith(" ")
        && !t.contains(" '")) {
      return t;
    }
    return quoted(t);
  }

  /** Always double-quoted. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A recipe input's name made from a label: {@code Ticket type} → {@code ticket-type}. */
  static String slug(String label) {
    String s =
        label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 40) {
      s = s.substring(0, 40).replaceAll("-+$", "");
    }
    return s.isEmpty() || !Character.isLetter(s.charAt(0))
        ? "field" + (s.isEmpty() ? "" : "-" + s)
        : s;
  }

  /** Text for a comment: one line, at most 100 characters. */
  static String comment(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() > 100 ? t.substring(0, 99) + "…" : t;
  }
}
