package dev.errand.browser;

import java.net.URI;
import java.util.Locale;

/**
 * A top-level page load errand stopped before it left the browser because it went outside the
 * recipe's allowed domains: a link, a form, a redirect, a script or a pop-up.
 *
 * @param url where the page tried to go
 * @param how what took it there: "a redirect", "a pop-up", "a link, form or script"
 */
public record OffSiteAttempt(String url, String how) {

  /**
   * The host it tried to reach ("resale.example"), or the URL's scheme ("file:") when it has none.
   */
  public String host() {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() != null) {
        return uri.getHost().toLowerCase(Locale.ROOT);
      }
      return uri.getScheme() == null ? url : uri.getScheme().toLowerCase(Locale.ROOT) + ":";
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * For the person: "the page tried to go to resale.example (not in allowed-domains) through a
   * redirect; errand stopped it before the request left the browser".
   */
  public String describe() {
    String h = host();
    String what =
        h.endsWith(":")
            ? "the page tried to open a " + h + " page (errand opens only http(s) pages)"
            : "the page tried to go to " + h + " (not in allowed-domains)";
    return what + " through " + how + "; errand stopped it before the request left the browser";
  }
}
