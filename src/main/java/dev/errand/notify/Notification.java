package dev.errand.notify;

import java.util.Optional;

/**
 * Why errand needs the person now: a challenge or a payment (or a test), on which site and page,
 * what to do, how long the shop holds the basket when the page says so, and, when the browser has
 * no window, where to take it over ({@code takeOver}), and the handoff page's whole link when the
 * person takes over there ({@code link}: a tap on it opens the live browser).
 */
public record Notification(
    String reason,
    String site,
    String pageUrl,
    String message,
    Optional<String> holdTime,
    String attempt,
    Optional<String> takeOver,
    Optional<String> link) {

  /** A notification without a handoff page's link. */
  public Notification(
      String reason,
      String site,
      String pageUrl,
      String message,
      Optional<String> holdTime,
      String attempt,
      Optional<String> takeOver) {
    this(reason, site, pageUrl, message, holdTime, attempt, takeOver, Optional.empty());
  }

  /** A notification for a browser the person takes over in its own window. */
  public Notification(
      String reason,
      String site,
      String pageUrl,
      String message,
      Optional<String> holdTime,
      String attempt) {
    this(reason, site, pageUrl, message, holdTime, attempt, Optional.empty());
  }

  /** A one-line title: {@code errand: payment on tickets.example.com}. */
  public String title() {
    return "errand: " + reason + " on " + host(site);
  }

  /** The body: what to do, where, the hold time and where to take over. */
  public String body() {
    return message
        + holdTime.map(h -> " · basket held for " + h).orElse("")
        + " · "
        + pageUrl
        + takeOver.map(t -> " · take over at " + t).orElse("")
        + link.map(l -> " · take over from your phone: " + l).orElse("");
  }

  static String host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? url : h;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
