package dev.errand.recipe;

/**
 * A text a step types or selects. Before resolution it holds the template ({@code
 * ${profile.email}}); after, the value, marked secret when any part came from {@code ${secrets.…}}
 * so that no description, log or journal ever shows it. A value that reads as a payment card number
 * is masked the same way, wherever it came from: errand never types one, and never records one.
 */
public record Value(String text, boolean secret) {

  public static Value of(String text) {
    return new Value(text, false);
  }

  /** Safe to print: secrets and card numbers are masked. */
  public String describe() {
    if (secret || looksLikeCardNumber(text)) {
      return "'••••••'";
    }
    return "'" + CardNumbers.mask(text, "••••••") + "'";
  }

  /** 12 to 19 digits, perhaps grouped by spaces or dashes, passing the Luhn check. */
  static boolean looksLikeCardNumber(String text) {
    return CardNumbers.isCardNumber(text);
  }

  /** Whether this value is or holds a payment card number, which errand never types. */
  public boolean cardNumber() {
    return CardNumbers.containsCardNumber(text);
  }

  @Override
  public String toString() {
    return describe();
  }
}
