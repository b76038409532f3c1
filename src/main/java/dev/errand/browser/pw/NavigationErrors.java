package dev.errand.browser.pw;

import com.microsoft.playwright.TimeoutError;
import dev.errand.browser.BrowserActionException;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed navigation into a message like "could not open …: connection refused". */
final class NavigationErrors {

  private static final Pattern NET_ERROR = Pattern.compile("net::ERR_([A-Z_]+)");

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("CONNECTION_REFUSED", "connection refused"),
          Map.entry("CONNECTION_RESET", "the connection was reset"),
          Map.entry("CONNECTION_CLOSED", "the server closed the connection"),
          Map.entry("CONNECTION_TIMED_OUT", "the connection timed out"),
          Map.entry("TIMED_OUT", "the connection timed out"),
          Map.entry("EMPTY_RESPONSE", "the server sent an empty response"),
          Map.entry("NAME_NOT_RESOLVED", "the host name could not be found"),
          Map.entry("NAME_RESOLUTION_FAILED", "the host name could not be looked up"),
          Map.entry("INTERNET_DISCONNECTED", "no internet connection"),
          Map.entry("ADDRESS_UNREACHABLE", "the address is unreachable"),
          Map.entry("UNSAFE_PORT", "the browser refuses that port"),
          Map.entry("TOO_MANY_REDIRECTS", "the site redirects in a loop"),
          Map.entry("ABORTED", "the navigation was aborted (a download, or the page moved on?)"),
          Map.entry("PROXY_CONNECTION_FAILED", "the proxy could not be reached"),
          Map.entry("HTTP2_PROTOCOL_ERROR", "the server broke the HTTP/2 protocol (overloaded?)"));

  /** The errors that mean the site did not answer this time, and may answer the next. */
  private static final Set<String> LOST =
      Set.of(
          "CONNECTION_RESET",
          "CONNECTION_CLOSED",
          "CONNECTION_ABORTED",
          "CONNECTION_REFUSED",
          "CONNECTION_TIMED_OUT",
          "TIMED_OUT",
          "EMPTY_RESPONSE",
          "HTTP2_PROTOCOL_ERROR",
          "NETWORK_CHANGED");

  private NavigationErrors() {}

  static BrowserActionException of(String url, Duration budget, RuntimeException e) {
    if (e instanceof BrowserActionException bae) {
      return bae;
    }
    if (PlaywrightErrors.isClosed(e)) {
      return new BrowserActionException(
          "could not open " + url + ": the browser window was closed", e);
    }
    Matcher m = NET_ERROR.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      String code = m.group(1);
      String reason =
          code.startsWith("CERT_") || code.startsWith("SSL_")
              ? "the site's security certificate is not valid (" + code + ")"
              : REASONS.getOrDefault(code, code.toLowerCase(Locale.ROOT).replace('_', ' '));
      String message = "could not open " + url + ": " + reason;
      return LOST.contains(code)
          ? new LostConnection(message, reason, e)
          : new BrowserActionException(message, e);
    }
    if (e instanceof TimeoutError) {
      return new BrowserActionException(
          "could not open " + url + ": no page within " + TimeText.human(budget), e);
    }
    if (PlaywrightErrors.mentions(e, "invalid url")) {
      return new BrowserActionException("could not open " + url + ": not a valid URL", e);
    }
    return new BrowserActionException(
        "could not open " + url + ": " + PlaywrightErrors.headline(e), e);
  }
}
