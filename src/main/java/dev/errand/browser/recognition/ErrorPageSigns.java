package dev.errand.browser.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a page that is a server's error or "too busy" answer even when it came with status
 * 200, as overloaded shops and their CDNs often send it: nginx's and Apache's own 50x pages, a
 * CDN's "Error 503 · Service temporarily unavailable" or "You are being rate limited", a shop's
 * "Our servers are busy, please try again". Reads what a person reads first: the title, the main
 * heading, and the start of the page's text. A page that merely mentions an error further down (a
 * help text, an FAQ) is not one: the signs must be in the title or heading, or fill most of a short
 * page.
 */
public final class ErrorPageSigns {

  /** How much of a page's text a short error page has at most. */
  public static final int SHORT_PAGE = 600;

  /** A status line as servers and CDNs print it: "503 Service Unavailable", "Error 502". */
  private static final Pattern STATUS =
      Pattern.compile(
          "\\b(?:429|50[0-4])\\b[\\s:·|–-]{0,4}(?:error|service (?:temporarily )?unavailable"
              + "|bad gateway|gateway time-?out|too many requests|internal server error"
              + "|not implemented|overloaded)"
              + "|\\berror\\s*(?:429|50[0-4]|1015)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Wording of a site too busy to answer. */
  private static final List<Pattern> BUSY =
      List.of(
          Pattern.compile("\\bservice (?:is )?(?:temporarily )?unavailable\\b"),
          Pattern.compile("\\btoo many requests\\b"),
          Pattern.compile("\\byou (?:are|have) being rate[- ]limited\\b|\\brate limited\\b"),
          Pattern.compile("\\b(?:our )?servers? (?:is|are) (?:currently )?(?:busy|overloaded)\\b"),
          Pattern.compile("\\bbad gateway\\b|\\bgateway time-?out\\b"),
          Pattern.compile("\\binternal server error\\b"),
          Pattern.compile("\\b(?:site|service) is (?:currently )?(?:down|overloaded)\\b"));

  private ErrorPageSigns() {}

  /**
   * What makes the page an error page, in a few words for the journal ("its title says '503 Service
   * Temporarily Unavailable'"); empty when it does not look like one.
   *
   * @param title the document's title
   * @param heading its first {@code h1} (or main heading), empty when none
   * @param text the start of its visible text
   * @param textLength the length of all its visible text
   */
  public static Optional<String> recognise(
      String title, String heading, String text, int textLength) {
    for (String[] place : new String[][] {{"title", title}, {"heading", heading}}) {
      String said = squeeze(place[1]);
      if (!said.isEmpty() && (STATUS.matcher(said).find() || busy(said))) {
        return Optional.of("its " + place[0] + " says '" + cut(said) + "'");
      }
    }
    String start = squeeze(text);
    if (textLength <= SHORT_PAGE && (STATUS.matcher(start).find() || busy(start))) {
      return Optional.of("it says '" + cut(start) + "'");
    }
    return Optional.empty();
  }

  private static boolean busy(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return BUSY.stream().anyMatch(p -> p.matcher(lower).find());
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  private static String cut(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }
}
