package dev.errand.demo;

import java.time.Instant;

/**
 * The inside of the event page's tickets section as the server renders it. Before release: a
 * loading line that {@code tickets.js} replaces with the countdown, or, on a {@link
 * DemoShopConfig.SalePage#FORM} page, the buy form under a note of when the sale opens, or, on a
 * {@link DemoShopConfig.SalePage#SERVER} page, only a note saying when to reload (after the
 * announced instant, while a late commit still keeps the sale shut, that it is not on sale yet).
 * Once the sale is open (on the shop's clock) the page arrives with the buy form or "Sold out"
 * already in it, exactly the markup {@code tickets.js} renders when its countdown ends, so a reload
 * at the instant shows the buy controls and the script only wires them up.
 */
final class TicketsPanel {

  private TicketsPanel() {}

  /**
   * The panel for a page of the shop {@code config} served at {@code now} (on the shop's clock)
   * while the sale has {@code status}.
   */
  static String render(SaleStatus status, DemoShopConfig config, Instant now) {
    return switch (status) {
      case UPCOMING ->
          switch (config.salePage()) {
            case FORM -> opensAt(config) + form(config.perCustomerLimit());
            case SERVER -> now.isBefore(config.releaseAt()) ? reloadAt(config) : notYet();
            case COUNTDOWN, POLL -> loading();
          };
      case ON_SALE -> form(config.perCustomerLimit());
      case SOLD_OUT -> soldOut();
    };
  }

  /** The note above a buy form shown before the sale. */
  static String opensAt(DemoShopConfig config) {
    return "<p class=\"sale-note\" role=\"status\">Sale opens at "
        + Html.escape(Times.utcClock(config.releaseAt()))
        + ". Orders sent before then are turned away.</p>";
  }

  /** What a server-rendered page shows before the sale: when to reload, and nothing that moves. */
  static String reloadAt(DemoShopConfig config) {
    return "<div class=\"countdown-box\"><h2 class=\"countdown-label\">General sale</h2>"
        + "<p class=\"opens-at\">Tickets go on sale at "
        + Html.escape(Times.utcClock(config.releaseAt()))
        + " — reload this page then.</p></div>";
  }

  /**
   * What a server-rendered page shows after the announced instant while the sale has not really
   * opened yet (a late commit): not on sale yet, try again shortly.
   */
  static String notYet() {
    return "<div class=\"countdown-box\"><h2 class=\"countdown-label\">General sale</h2>"
        + "<p class=\"opens-at\">Tickets are not on sale yet — the sale is about to open."
        + " Please reload this page in a moment.</p></div>";
  }

  static String loading() {
    return "<div class=\"tickets-loading\"><span class=\"spinner\" aria-hidden=\"true\"></span>"
        + " Loading tickets…</div>";
  }

  /**
   * Mirrors {@code renderForm} in tickets.js. Every type is available: the form only shows while
   * tickets are left, and all types share one stock.
   */
  /** How many quantities the buy form offers at least, whatever the per-customer limit. */
  static final int QUANTITY_OPTIONS = 10;

  static String form(int perCustomerLimit) {
    StringBuilder options = new StringBuilder();
    for (TicketType type : TicketType.values()) {
      String id = Html.escape(type.id());
      options
          .append("<li role=\"option\" id=\"ticket-type-")
          .append(id)
          .append("\" data-value=\"")
          .append(id)
          .append("\" aria-selected=\"false\">")
          .append(Html.escape(type.displayName()))
          .append(" — ")
          .append(Html.escape(type.price()))
          .append("</li>");
    }
    StringBuilder quantities = new StringBuilder();
    // as on many real shops, the quantity list runs past the limit: the stated limit is the
    // customer's to keep, and adding more is refused (mirrored in tickets.js)
    for (int i = 1; i <= Math.max(QUANTITY_OPTIONS, perCustomerLimit); i++) {
      quantities.append("<option value=\"").append(i).append("\">").append(i).append("</option>");
    }
    return "<form method=\"post\" action=\"/basket\" class=\"buy-form\" novalidate>"
        + "<h2>Choose tickets</h2>"
        + "<div class=\"field\">"
        + "<label class=\"field-label\" id=\"ticket-type-label\" for=\"ticket-type\">Ticket type"
        + "</label>"
        + "<div class=\"combo\">"
        + "<button type=\"button\" id=\"ticket-type\" class=\"combo-button\" role=\"combobox\""
        + " aria-haspopup=\"listbox\" aria-expanded=\"false\" aria-controls=\"ticket-type-list\""
        + " aria-labelledby=\"ticket-type-label\">"
        + "<span class=\"combo-value combo-placeholder\">Choose a ticket type</span></button>"
        + "<ul id=\"ticket-type-list\" class=\"combo-list\" role=\"listbox\""
        + " aria-labelledby=\"ticket-type-label\" hidden>"
        + options
        + "</ul>"
        + "</div>"
        + "<input type=\"hidden\" name=\"type\" value=\"\">"
        + "<p class=\"field-error\" id=\"ticket-type-error\" role=\"alert\" hidden></p>"
        + "</div>"
        + "<div class=\"field\">"
        + "<label for=\"qty\">Quantity</label>"
        + "<select name=\"quantity\" id=\"qty\">"
        + quantities
        + "</select>"
        + "<p class=\"hint\">Limit "
        + perCustomerLimit
        + " tickets per customer.</p>"
        + "</div>"
        + "<button type=\"submit\" class=\"btn btn-primary btn-lg btn-block\">Add to basket</button>"
        + "</form>";
  }

  /** Mirrors {@code renderSoldOut} in tickets.js. */
  static String soldOut() {
    return "<div class=\"sold-out\">"
        + "<h2>Sold out</h2>"
        + "<p>Every ticket for this show has gone. Returns are put back on sale here as they come"
        + " in.</p>"
        + "</div>";
  }
}
