package dev.errand.notify;

import java.util.Optional;

/**
 * Why errand needs the person now: a challenge or a payment (or a test), on which site and page,
 * what to do, and how long the shop holds the basket when the page says so.
 */
public record Notification(
    String reason,
    String site,
    String pageUrl,
    String message,
    Optional<String> holdTime,
    String attempt) {

  /** A one-line title: {@code errand: payment on tickets.example.com}. */
  public String title() {
    return "errand: " + reason + " on " + host(site);
  }

  /** The body: what to do, where, and the hold time. */
  public String body() {
    return message + holdTime.map(h -> " · basket held for " + h).orElse("") + " · " + pageUrl;
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
