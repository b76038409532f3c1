package dev.errand.demo;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another site the shop links to: a resale marketplace on its own host name ({@code
 * resale.localhost}, which Chromium resolves to this machine), served by the same server. {@code
 * GET /resale} is its page, and counts every visit; {@code GET /resale/go} on the shop redirects
 * there. A recipe that is kept to the shop never reaches it.
 */
final class Resale {

  static final String PATH = "/resale";
  static final String REDIRECT_PATH = "/resale/go";

  /** The host name the marketplace is on. */
  static final String HOST = "resale.localhost";

  private final AtomicInteger visits = new AtomicInteger();

  /** The marketplace's page: counted, whatever host name it was asked for under. */
  void show(ShopExchange ex) throws IOException {
    visits.incrementAndGet();
    ex.html(
        200,
        "<!doctype html><html><head><title>Resale marketplace</title></head><body>"
            + "<h1>Resale marketplace</h1><p>Aurora Live, 2 tickets, listed at twice face value."
            + "</p><form method=post action=/resale><button>Reserve listing</button></form>"
            + "</body></html>");
  }

  /** The shop's redirect to the marketplace. */
  void go(ShopExchange ex) throws IOException {
    ex.addHeader("Location", url(ex));
    ex.send(302, null, new byte[0]);
  }

  /** How many times the marketplace's page was asked for. */
  int visits() {
    return visits.get();
  }

  /** The marketplace's page on its own host, on the port this request came to. */
  static String url(ShopExchange ex) {
    String host = ex.header("Host").orElse("127.0.0.1");
    int colon = host.lastIndexOf(':');
    String port = colon >= 0 && host.indexOf(']', colon) < 0 ? host.substring(colon) : "";
    return "http://" + HOST + port + PATH;
  }
}
