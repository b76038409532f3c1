package dev.errand.browser.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a shop's per-customer limit where its text states one, in the wording shops commonly use:
 * "Max 4 per customer", "Limit 4 tickets per customer", "Tickets are limited to 4 per customer", "a
 * limit of 4 tickets per order", "Buy up to 4 tickets", "Maximum order quantity: 4", and the error
 * after adding too many, "You can buy at most 4 tickets per customer" or "You can only purchase 4
 * tickets". Numbers from one to twelve may be words. Where the text states several, the smallest
 * binds. A number not tied to a customer, an order or items ("a time limit of 10 minutes", "up to
 * 20% off") is no limit.
 */
public final class LimitWording {

  /** A limit the text states: the number and the words that stated it. */
  public record Stated(int most, String words) {}

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private static final String N =
      "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

  /** What a limit counts. */
  private static final String ITEMS =
      "(?:tickets?|items?|seats?|passes|pass|units?|pairs?|products?|pieces?|places?|spots?"
          + "|entries|bookings?|of (?:this|these|each) (?:item|product|ticket)s?)";

  /** Whom or what a limit is per. */
  private static final String PER =
      "(?:per|a|each|for each|for every) (?:customer|person|household|order|account|transaction"
          + "|booking|purchase|buyer|member|guest|visitor|card|address|basket|cart|user)";

  private static final List<Pattern> PATTERNS =
      List.of(
          // "max 4 per customer", "maximum of 4 tickets per order", "limit 4 tickets per customer",
          // "tickets are limited to 4 per customer", "a limit of four per household"
          p(
              "\\b(?:max(?:imum)?\\.?|limit(?:ed)?(?: to| of)?|restricted to|capped at|at most"
                  + "|no more than|only|just) (?:of )?"
                  + N
                  + " (?:"
                  + ITEMS
                  + " )?"
                  + PER
                  + "\\b"),
          // "a limit of 4 tickets", "limited to 4 tickets", "maximum 4 tickets"
          p(
              "\\b(?:max(?:imum)?\\.?|limit(?:ed)?(?: to| of)?|restricted to|capped at) (?:of )?"
                  + N
                  + " "
                  + ITEMS
                  + "\\b"),
          // "buy up to 4 tickets", "up to 4 tickets per customer"
          p("\\bup to " + N + " " + ITEMS + "\\b"),
          // "4 tickets max", "4 per customer max"
          p("\\b" + N + " (?:" + ITEMS + " )?(?:" + PER + " )?max(?:imum)?\\b"),
          // "maximum quantity: 4", "max order quantity is 4", "quantity limit: 4"
          p(
              "\\b(?:max(?:imum)?\\.? (?:order |purchase |ticket )?quantity|quantity limit"
                  + "|(?:order|purchase|ticket) limit)(?: is| of)?:? "
                  + N
                  + "\\b"),
          // "you can (only) buy (up to / at most / a maximum of) 4 (tickets)"
          p(
              "\\byou (?:can|may) (?:only )?(?:buy|purchase|order|book|add|select|reserve|get)"
                  + " (?:up to |at most |a maximum of |a max of |no more than |only )?"
                  + N
                  + "\\b"));

  /** A label that names a quantity ("Quantity", "Qty", "Number of tickets", "Anzahl"). */
  private static final Pattern QUANTITY =
      p("quantit|\\bqty\\b|number of|how many|anzahl|menge|cantidad|aantal");

  private LimitWording() {}

  /** Whether {@code label} (a control's label, or a locator's description) names a quantity. */
  public static boolean namesQuantity(String label) {
    return QUANTITY.matcher(label).find();
  }

  /** The smallest limit {@code text} states, if any. */
  public static Optional<Stated> in(String text) {
    String s = Phrases.normalize(text);
    Stated best = null;
    for (Pattern p : PATTERNS) {
      for (Matcher m = p.matcher(s); m.find(); ) {
        int most = number(m.group(1));
        if (most < 1) {
          continue;
        }
        if (best == null || most < best.most()) {
          best = new Stated(most, m.group().strip());
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int number(String token) {
    Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
    if (word != null) {
      return word;
    }
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  }
}
