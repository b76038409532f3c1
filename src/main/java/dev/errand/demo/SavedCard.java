package dev.errand.demo;

import java.time.YearMonth;
import java.util.Map;

/**
 * The card a returning customer saved with the shop ({@link DemoShopConfig.CardEntry#SAVED}): the
 * payment page shows it, already chosen, instead of card fields, and its "Pay" button pays with it
 * at once. A "Use another card" link ({@code /payment?card=new}) shows card fields in the page.
 */
final class SavedCard {

  /** The form field that names the chosen way to pay. */
  static final String FIELD = "paymentMethod";

  /** {@link #FIELD}'s value for the saved card. */
  static final String VALUE = "saved-card";

  /** The query that asks for card fields instead of the saved card. */
  static final String ANOTHER_CARD_QUERY = "card";

  /** The saved card's last four digits. */
  static final String LAST4 = "4242";

  private static final String LABEL = "Visa •••• " + LAST4;

  private SavedCard() {}

  /** Whether the payment form chose the saved card. */
  static boolean chosen(Map<String, String> form) {
    return VALUE.equals(form.get(FIELD));
  }

  /** Whether the request asks for card fields instead ({@code ?card=new}). */
  static boolean anotherCardAsked(Map<String, String> query) {
    return "new".equals(query.get(ANOTHER_CARD_QUERY));
  }

  /** What goes in the payment form: the saved card, chosen, and a link to use another. */
  static String option(YearMonth thisMonth) {
    YearMonth expires = thisMonth.plusYears(3);
    return "      <fieldset class=\"saved-cards\">\n"
        + "        <legend>Pay with</legend>\n"
        + "        <label class=\"saved-card\">\n"
        + "          <input type=\"radio\" name=\""
        + FIELD
        + "\" value=\""
        + VALUE
        + "\" checked>\n"
        + "          <span class=\"saved-card-name\">"
        + Html.escape(LABEL)
        + "</span>\n"
        + "          <span class=\"muted\">Expires "
        + String.format("%02d/%02d", expires.getMonthValue(), expires.getYear() % 100)
        + " · saved to your account</span>\n"
        + "        </label>\n"
        + "      </fieldset>\n"
        + "      <p class=\"other-card\"><a href=\"/payment?"
        + ANOTHER_CARD_QUERY
        + "=new\">Use another card</a></p>\n";
  }

  /** Below card fields shown instead of the saved card: a link back to it. */
  static String backLink() {
    return "      <p class=\"other-card\"><a href=\"/payment\">Pay with your saved "
        + Html.escape(LABEL)
        + "</a></p>\n";
  }
}
