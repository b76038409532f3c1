package dev.errand.demo;

/**
 * Cash on delivery ({@link DemoShopConfig.CardEntry#ON_DELIVERY}): the payment page asks for no
 * card at all; it says the order is paid on delivery, and its one button, "Place order", places it.
 * The final confirm page a recipe may end on without ever meeting a card field.
 */
final class OnDelivery {

  /** The payment page's one button. */
  static final String BUTTON = "Place order";

  /** What a placed order records in place of a card's last four digits. */
  static final String NO_CARD = "cash on delivery";

  private OnDelivery() {}

  /** What goes in the payment form instead of card fields. */
  static String note() {
    return "      <fieldset class=\"pay-on-delivery\">\n"
        + "        <legend>How you pay</legend>\n"
        + "        <p>Cash on delivery: you pay the courier when your tickets arrive. Check your"
        + " order, then place it.</p>\n"
        + "      </fieldset>\n";
  }
}
