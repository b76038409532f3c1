package dev.errand.browser.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The wording of overlays, read the same way in Java and in the overlay script: what makes a box a
 * cookie notice, a newsletter pop-up, and which of its buttons accepts or closes it. Labels are
 * normalized as {@link PayWording} reads them and matched whole, so "Accept all" is an accept
 * button and "Accept all and pay" is not. The sources are in the common subset of Java's and
 * JavaScript's regular expressions.
 */
public final class OverlayWording {

  /** Text that makes a box a cookie or consent notice (found anywhere in its text). */
  static final List<String> CONSENT =
      List.of(
          "cookie",
          "consent",
          "tracking technolog",
          "similar technologies",
          "gdpr",
          "datenschutz",
          "einwilligung",
          "consentement",
          "traceurs",
          "consentimiento",
          "consenso",
          "toestemming");

  /** Text that makes a covering box a marketing pop-up (found anywhere in its text). */
  static final List<String> NEWSLETTER =
      List.of(
          "newsletter",
          "subscribe",
          "sign up for",
          "mailing list",
          "% off",
          "discount",
          "promo code",
          "coupon",
          "exclusive offers",
          "abonnieren",
          "inscrivez-vous",
          "suscríbete",
          "iscriviti");

  /**
   * The buttons that accept a consent notice, most preferred first: errand accepts, as a person who
   * already accepted in an earlier run did, because accepting is the answer every consent manager
   * offers on its first screen and the one that never stands between a buyer and the basket. A
   * recipe that would rather refuse says so with a {@code dismiss:} rule, which goes first.
   */
  private static final List<Pattern> ACCEPT =
      patterns(
          "accept all( cookies)?",
          "allow all( cookies)?",
          "(accept|allow) (cookies|all cookies)",
          "(accept|agree)( all)? (and|&) (close|continue)",
          "(yes, )?i (agree|accept)",
          "agree( to all)?",
          "accept",
          "allow",
          "(ok|okay|got it|understood)",
          // German, French, Spanish, Italian, Dutch
          "(alle|alles) (cookies )?(akzeptieren|zulassen|erlauben)",
          "(akzeptieren|zustimmen|einverstanden|ich stimme zu)",
          "(tout|tous) accepter|accepter (tout|et fermer)|autoriser tous les cookies",
          "(accepter|j'accepte)",
          "aceptar (todo|todas|todas las cookies|cookies)",
          "(aceptar|acepto)",
          "accetta (tutto|tutti)",
          "(accetta|accetto)",
          "(alle cookies|alles) accepteren",
          "(accepteren|akkoord)");

  /** The controls that close a pop-up, most preferred first. */
  private static final List<Pattern> CLOSE =
      patterns(
          "close( (this )?(dialog|pop-?up|window|form|modal|banner))?",
          "dismiss",
          "no,? thanks?( you)?(,? .*)?",
          "(not now|maybe later|not interested|no, i'm good|continue without .*)",
          "x",
          "(schließen|schliessen|nein,? danke)",
          "(fermer|non,? merci)",
          "(cerrar|no,? gracias)",
          "(chiudi|no,? grazie)",
          "(sluiten|nee,? bedankt)");

  /** Labels made only of a cross: "×", "✕"... */
  static final String CROSS = "[\u00d7\u2715\u2716\u2717\u2573\u2a2f]";

  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern CROSS_ONLY = Pattern.compile("^\\s*" + CROSS + "\\s*$");

  private OverlayWording() {}

  /** Whether {@code text} (a box's text) reads as a cookie or consent notice. */
  public static boolean readsAsConsent(String text) {
    String t = Phrases.normalize(text);
    return CONSENT.stream().anyMatch(t::contains);
  }

  /** Whether {@code text} (a box's text) reads as a newsletter or offer pop-up. */
  public static boolean readsAsNewsletter(String text) {
    String t = Phrases.normalize(text);
    return NEWSLETTER.stream().anyMatch(t::contains);
  }

  /** How much {@code label} reads as accepting a consent notice: 0 best; empty when it does not. */
  public static OptionalInt acceptRank(String label) {
    return rank(ACCEPT, label);
  }

  /** How much {@code label} reads as closing a pop-up: 0 best; empty when it does not. */
  public static OptionalInt closeRank(String label) {
    if (CROSS_ONLY.matcher(label).matches()) {
      return rank(CLOSE, "x");
    }
    return rank(CLOSE, label);
  }

  private static OptionalInt rank(List<Pattern> patterns, String label) {
    String text = EDGES.matcher(Phrases.normalize(label)).replaceAll("");
    if (text.isEmpty() || text.length() > 80) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(text).matches()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The wording as the overlay script takes it: {@code {consent: [phrase...], newsletter:
   * [phrase...], accept: [source...], close: [source...], cross: source}}, phrases to be found in a
   * box's text and sources to be matched whole, both against text normalized as {@link Phrases}
   * does (and, for labels, stripped of leading and trailing signs).
   */
  public static Map<String, Object> forPageScripts() {
    return Map.of(
        "consent", CONSENT,
        "newsletter", NEWSLETTER,
        "accept", sources(ACCEPT),
        "close", sources(CLOSE),
        "cross", CROSS);
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
