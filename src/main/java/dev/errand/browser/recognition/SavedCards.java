package dev.errand.browser.recognition;

import java.util.regex.Pattern;

/**
 * Tells whether a page's text shows a saved card: a masked number ("Visa •••• 4242", "**** ****
 * **** 4242", "XXXX-XXXX-XXXX-4242") or a card "ending in 4242". A page showing one is a payment
 * step even without card fields or a provider frame (a returning customer's final confirm page), so
 * looser wording there ("Buy now", "Confirm") pays as it does beside card fields.
 */
public final class SavedCards {

  /**
   * Found anywhere in text normalized by {@link Phrases#normalize}; the common subset of Java and
   * JavaScript regular expressions, for {@code strike.js} too. Three or more mask symbols (or four
   * x's), so "**2024" in a page's text is no card.
   */
  static final Pattern MASKED =
      Pattern.compile(
          "(?:(?:[•●∙*]{3,}|x{4})[ -]?){1,4}[0-9]{4}(?![0-9])"
              + "|\\b(?:visa|mastercard|maestro|amex|american express|discover|card)\\b"
              + "[^0-9]{0,24}\\bend(?:ing|s)(?: in| with)? [0-9]{4}(?![0-9])");

  private SavedCards() {}

  /** Whether {@code pageText} shows a saved card. */
  public static boolean shownIn(String pageText) {
    return MASKED.matcher(Phrases.normalize(pageText)).find();
  }
}
