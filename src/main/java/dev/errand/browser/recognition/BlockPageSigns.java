package dev.errand.browser.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a page that says the site has blocked the visitor, as sites and their CDNs and bot
 * managers word it: Cloudflare's "Sorry, you have been blocked" (its {@code cf-error-details}
 * markup), Akamai's "Access Denied … Reference #", Imperva's and CloudFront's "Request blocked", a
 * search engine's "unusual traffic from your computer network", a shop's "Your access to this site
 * has been limited". Challenges a person can pass ("Press &amp; Hold", "Checking your browser",
 * CAPTCHAs) are not blocks: they are recognised elsewhere and handed over. Reads the title, the
 * main heading and the start of the text, like {@link ErrorPageSigns}.
 */
public final class BlockPageSigns {

  /** Wording that says the visitor is blocked, looked for in the title, heading and text start. */
  private static final List<Pattern> BLOCKED =
      List.of(
          Pattern.compile("\\baccess (?:is )?denied\\b"),
          Pattern.compile("\\byou (?:have been|are|were) blocked\\b"),
          Pattern.compile("\\bunusual traffic\\b"),
          Pattern.compile("\\brequest (?:was |has been )?blocked\\b"),
          Pattern.compile(
              "\\byour access to this (?:site|website|page) has been (?:limited|blocked)"),
          Pattern.compile("\\byour (?:ip|ip address|computer|network) (?:has been|is) blocked\\b"),
          Pattern.compile("\\bforbidden\\b.{0,40}\\b(?:bot|automated|blocked)\\b"));

  /** Akamai's block page names the incident: "Reference #18.2c4e1002.1700000000.5a1b2c3". */
  private static final Pattern REFERENCE = Pattern.compile("\\breference #[0-9a-f]+\\.", 0);

  private BlockPageSigns() {}

  /**
   * What makes the page a block page, in a few words for the person ("Cloudflare's block page", "a
   * page saying 'Access Denied'"); empty when it is not one.
   *
   * @param title the document's title
   * @param heading its main heading, empty when none
   * @param text the start of its visible text ({@link ErrorPageSigns#SHORT_PAGE} characters)
   * @param cloudflareDetails whether it has Cloudflare's {@code cf-error-details} block
   */
  public static Optional<String> recognise(
      String title, String heading, String text, boolean cloudflareDetails) {
    String start = text.toLowerCase(Locale.ROOT);
    if (cloudflareDetails && blocked(start + " " + heading.toLowerCase(Locale.ROOT))) {
      return Optional.of("Cloudflare's block page ('Sorry, you have been blocked')");
    }
    if (REFERENCE.matcher(start).find() && blocked(title.toLowerCase(Locale.ROOT) + " " + start)) {
      return Optional.of("an Akamai block page ('Access Denied', with a reference number)");
    }
    for (String said : List.of(title, heading, text)) {
      String squeezed = said.replaceAll("\\s+", " ").trim();
      if (blocked(squeezed.toLowerCase(Locale.ROOT))) {
        return Optional.of("a page saying '" + cut(squeezed) + "'");
      }
    }
    return Optional.empty();
  }

  private static boolean blocked(String lower) {
    return BLOCKED.stream().anyMatch(p -> p.matcher(lower).find());
  }

  private static String cut(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }
}
