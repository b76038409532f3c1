package dev.errand.demo;

import java.io.IOException;
import java.util.Objects;

/**
 * The {@link RateLimiter} in front of the shop: a request it refuses gets {@code 429 Too Many
 * Requests}, a small page, at once.
 */
final class TooManyRequestsPage implements Route, Gate {

  private static final String HTML =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Too many requests</title></head><body><h1>Too many requests</h1>"
          + "<p>You are loading pages too quickly. Please wait a few seconds and try again.</p>"
          + "</body></html>";

  private final RateLimiter limiter;

  TooManyRequestsPage(RateLimiter limiter) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
  }

  @Override
  public boolean letsThrough(ShopExchange ex) throws IOException {
    if (limiter.admits(ex.client(), ex.method(), ex.path(), ex.header("Sec-Fetch-Dest"))) {
      return true;
    }
    handle(ex);
    return false;
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    ex.addHeader("Retry-After", Long.toString(RateLimiter.SHUT_OUT.toSeconds()));
    ex.html(429, HTML);
  }
}
