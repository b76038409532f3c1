package dev.errand.recipe;

import java.util.regex.Pattern;

/**
 * A text a step types or selects. Before resolution it holds the template ({@code
 * ${profile.email}}); after, the value, marked secret when any part came from {@code ${secrets.…}}
 * so that no description, log or journal ever shows it. A value that reads as a payment card number
 * is masked the same way, wherever it came from: errand never types one, and never records one.
 */
public record Value(String text, boolean secret) {

  private static final Pattern CARD_LIKE = Pattern.compile("\\d(?:[ -]?\\d){11,18}");

  public static Value of(String text) {
    return new Value(text, false);
  }

  /** Safe to print: secrets and card numbers are masked. */
  public String describe() {
    return secret || looksLikeCardNumber(text) ? "'••••••'" : "'" + text + "'";
  }

  /** 12 to 19 digits, perhaps grouped by spaces or dashes, passing the Luhn check. */
  static boolean looksLikeCardNumber(String text) {
    String t = text.strip();
    if (!CARD_LIKE.matcher(t).matches()) {
      return false;
    }
    String digits = t.replaceAll("[ -]", "");
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

  @Override
  public String toString() {
    return describe();
  }
}
