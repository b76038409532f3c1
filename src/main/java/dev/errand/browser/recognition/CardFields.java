package dev.errand.browser.recognition;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a field takes card data, by what real shops' card fields commonly say of themselves:
 * {@code autocomplete="cc-…"}, or a name, id, placeholder or label such as {@code cardnumber},
 * "Card number", {@code cvc}, "CVV", "Security code", "Expiry (MM/YY)" or "Name on card". Read of
 * the field's markup and labels, never of its value. The pattern is in the common subset of Java's
 * and JavaScript's regular expressions (matched case-insensitively), so the page scripts use it as
 * it is.
 */
public final class CardFields {

  /** The pattern's source, for the page scripts ({@code new RegExp(source, 'i')}). */
  public static final String HINT_SOURCE =
      "card[ _-]*(?:number|num|no(?![a-z])|code|verification|expir|holder|cvc|cvv|csc)"
          + "|credit[ _-]*card|debit[ _-]*card|security[ _-]*code|expiry|expiration"
          + "|name[ _-]*on[ _-]*card"
          + "|(?:^|[^a-z])(?:cc-(?:number|csc|exp|name|type)|cc[ _-]*(?:num|cvc|cvv|exp))"
          + "|(?:^|[^a-z])(?:cvc2?|cvv2?|cvn|csc|exp[ _-]*(?:date|month|year|mm|yy)"
          + "|mm[ _/-]*yy)(?![a-z])";

  private static final Pattern HINT = Pattern.compile(HINT_SOURCE, Pattern.CASE_INSENSITIVE);

  private CardFields() {}

  /** Whether {@code hints} (a field's name, id, placeholder, labels…) read as a card field. */
  public static boolean hinted(String hints) {
    return HINT.matcher(hints).find();
  }

  /**
   * Whether the control script's result ({@code control.js}) is a field that takes card data: its
   * {@code fieldHints} read as a card field.
   */
  public static boolean inControl(Object controlResult) {
    return controlResult instanceof Map<?, ?> m
        && m.get("fieldHints") instanceof String hints
        && hinted(hints);
  }
}
