package dev.errand.browser.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a button's or link's label for payment wording. Some labels commit a payment wherever they
 * are ("Pay £90.00", "Place order", "Confirm and pay", "Bezahlen", "Payer", "Pagar"); others do
 * only on a payment step, where payment entry or a saved card is on the page ("Buy now", "Confirm",
 * "Purchase"). Labels are matched whole, from their start, so "Continue to payment" and "PayPal Pay
 * Later info" are not payment wording.
 */
public final class PayWording {

  /** What a label says about paying. */
  public enum Meaning {
    /** Pressing it pays or places the order. */
    COMMITS,
    /** It pays where payment entry is on the page. */
    COMMITS_WITH_PAYMENT_ENTRY,
    /** Nothing about paying. */
    NONE
  }

  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private static final List<Pattern> COMMITS =
      patterns(
          // English
          "pay\\b.*",
          "(place|submit|confirm|complete|finish|finali[sz]e) (my |your |the )?"
              + "(order|purchase|payment|booking)\\b.*",
          "(confirm|agree|accept|authori[sz]e) (and|&) (pay|buy|purchase)\\b.*",
          "(make|submit|send|authori[sz]e|process) (a |the |my )?payment\\b.*",
          "(buy|purchase|order) and pay\\b.*",
          // German
          "(jetzt )?bezahlen\\b.*",
          "jetzt zahlen\\b.*",
          "(zahlungspflichtig|kostenpflichtig) (bestellen|buchen|kaufen)\\b.*",
          "bestellung (abschlie(ß|ss)en|absenden|bestätigen)\\b.*",
          "kaufen und bezahlen\\b.*",
          // French
          "payer\\b.*",
          "(valider|confirmer|finaliser) (la |le |ma |mon )?(commande|paiement|achat)\\b.*",
          // Spanish, Portuguese
          "pagar\\b.*",
          "(confirmar|finalizar|realizar|completar) (el |la |mi |o |a )?"
              + "(pago|pedido|compra|pagamento)\\b.*",
          // Italian
          "paga\\b.*",
          "(conferma|completa) (l'|il |la )?(ordine|pagamento|acquisto)\\b.*",
          // Dutch
          "(nu )?betalen\\b.*",
          "betaal\\b.*");

  private static final List<Pattern> WITH_PAYMENT_ENTRY =
      patterns(
          "buy\\b.*",
          "purchase\\b.*",
          "order now\\b.*",
          "confirm\\b.*",
          "complete\\b.*",
          "submit\\b.*",
          "(continue|proceed) to pay\\b.*",
          "(jetzt )?kaufen\\b.*",
          "acheter\\b.*",
          "commander\\b.*",
          "comprar\\b.*",
          "acquista\\b.*");

  private PayWording() {}

  public static Meaning of(String label) {
    String text = EDGES.matcher(Phrases.normalize(label)).replaceAll("");
    if (text.isEmpty() || text.length() > 80) {
      return Meaning.NONE;
    }
    if (COMMITS.stream().anyMatch(p -> p.matcher(text).matches())) {
      return Meaning.COMMITS;
    }
    if (WITH_PAYMENT_ENTRY.stream().anyMatch(p -> p.matcher(text).matches())) {
      return Meaning.COMMITS_WITH_PAYMENT_ENTRY;
    }
    return Meaning.NONE;
  }

  /**
   * The wording as the strike's page script takes it: {@code {commits: [source...], withEntry:
   * [source...], savedCard: source}}, the first two to be matched whole against a label normalized
   * as {@link #of} does; {@code savedCard} ({@link SavedCards#MASKED}) to be found in the page's
   * normalized text, which makes a page a payment step for {@code withEntry} wording. The sources
   * are in the common subset of Java's and JavaScript's regular expressions.
   */
  public static Map<String, Object> forPageScripts() {
    return Map.of(
        "commits", sources(COMMITS),
        "withEntry", sources(WITH_PAYMENT_ENTRY),
        "savedCard", SavedCards.MASKED.pattern());
  }

  private static List<String> sources(List<Pattern> patterns) {
    return patterns.stream().map(Pattern::pattern).toList();
  }

  private static List<Pattern> patterns(String... regexes) {
    return Arrays.stream(regexes)
        .map(r -> Pattern.compile(r, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS))
        .toList();
  }
}
