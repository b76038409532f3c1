package dev.errand.recipe;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reads as a payment card number: 12 to 19 digits, perhaps grouped by spaces or dashes, that
 * pass the Luhn check. errand never types one and never records one, wherever it came from (a
 * recipe's literal, an input, a profile).
 */
public final class CardNumbers {

  /** A whole value: digits, each perhaps followed by one space or dash. */
  private static final Pattern WHOLE = Pattern.compile("\\d(?:[ -]?\\d){11,18}");

  /**
   * A run of digits inside a text, grouped as a page or a URL may write them (a space, a dash, a
   * no-break space, {@code +} or {@code %20}); never part of a longer run of digits.
   */
  private static final Pattern INSIDE =
      Pattern.compile("(?<![\\d])\\d(?:(?:[ \\u00a0+-]|%20|&nbsp;|&#160;)?\\d){11,18}(?![\\d])");

  private CardNumbers() {}

  /** Whether {@code text}, as a whole (surrounding spaces aside), reads as a card number. */
  public static boolean isCardNumber(String text) {
    String t = text.strip();
    return WHOLE.matcher(t).matches() && luhn(digits(t));
  }

  /** Whether a card number shows anywhere in {@code text}. */
  public static boolean containsCardNumber(String text) {
    Matcher m = INSIDE.matcher(text);
    while (m.find()) {
      if (cardRun(m.group())) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with every card number in it replaced by {@code replacement}. */
  public static String mask(String text, String replacement) {
    return replaceIn(text, found -> replacement);
  }

  /** {@code text} with every card number in it replaced by what {@code replacement} makes of it. */
  public static String replaceIn(String text, Function<String, String> replacement) {
    Matcher m = INSIDE.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (!cardRun(m.group())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(replacement.apply(m.group()));
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Whether a run found inside a text has 12 to 19 digits passing Luhn. */
  private static boolean cardRun(String run) {
    String d = digits(run);
    return d.length() >= 12 && d.length() <= 19 && luhn(d);
  }

  /** The digits of {@code text}, in order. */
  public static String digits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    // "&#160;" carries digits that are not the card's
    String t = text.replace("&#160;", " ").replace("%20", " ");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The Luhn check over a string of digits. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
