package dev.errand.demo;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The error pages an overloaded shop's front end serves instead of the shop's own pages, worded and
 * marked up like the real ones: nginx's bare {@code 503}, a CDN's "Error 503 · Service temporarily
 * unavailable" with a Ray ID, and the "Error 503 · Our servers are busy" page some sites serve with
 * {@code 200 OK}. None carries the shop's layout or scripts.
 */
final class ErrorPages {

  private ErrorPages() {}

  /** nginx's own {@code 503} page. */
  @SuppressWarnings("StringConcatToTextBlock") // its CRLF line ends read plainer as escapes
  static String nginx() {
    return "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
        + "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
        + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  }

  /** A CDN's {@code 503} page, asking to retry after {@code seconds}. */
  static String cdn(String host, long seconds) {
    return "<!DOCTYPE html>\n<html lang=\"en-US\"><head><meta charset=\"UTF-8\">"
        + "<title>Service temporarily unavailable | "
        + Html.escape(host)
        + " | Cloudflare</title>"
        + "<meta name=\"robots\" content=\"noindex, nofollow\">"
        + "<style>body{font-family:system-ui,sans-serif;margin:0;color:#404040}"
        + "#cf-wrapper{max-width:60rem;margin:3rem auto;padding:0 1.5rem}"
        + ".cf-error-code{color:#bd2426}.cf-footer{font-size:.8rem;border-top:1px solid #ddd;"
        + "margin-top:2rem;padding-top:.5rem}</style></head>"
        + "<body><div id=\"cf-wrapper\"><div id=\"cf-error-details\" class=\"cf-error-details\">"
        + "<h1><span class=\"cf-error-type\">Error</span> <span class=\"cf-error-code\">503"
        + "</span></h1><h2 class=\"cf-subheadline\">Service temporarily unavailable</h2>"
        + "<section><h2>What happened?</h2><p>The server is temporarily unable to service your"
        + " request due to maintenance downtime or capacity problems.</p>"
        + "<h2>What can I do?</h2><p>Please try again in "
        + seconds
        + " seconds.</p></section></div>"
        + "<div class=\"cf-footer\"><span>Cloudflare Ray ID: <strong>"
        + rayId()
        + "</strong></span> · <span>Performance &amp; security by Cloudflare</span></div>"
        + "</div></body></html>\n";
  }

  /** The error page served with {@code 200 OK}: a shop-branded "Error 503" and a retry link. */
  static String busy(String retryHref) {
    return "<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Error 503 · Service temporarily unavailable</title>"
        + "<style>body{font-family:system-ui,sans-serif;background:#f6f5fb;color:#1d1b2c;"
        + "margin:0}main{max-width:36rem;margin:4rem auto;padding:2rem;background:#fff;"
        + "border-radius:12px}h1{font-size:1.6rem}</style></head>"
        + "<body><main class=\"error-page\"><p class=\"brand\">Lumen Tickets</p>"
        + "<h1>Error 503</h1><h2>Service temporarily unavailable</h2>"
        + "<p>Our servers are busy, please try again in a few moments.</p>"
        + "<p><a href=\""
        + Html.escape(retryHref)
        + "\">Try again</a></p></main></body></html>\n";
  }

  private static String rayId() {
    return String.format(Locale.ROOT, "%016x-LHR", ThreadLocalRandom.current().nextLong());
  }
}
