package dev.errand.demo;

import java.io.IOException;

/** The {@code 429 Too Many Requests} answer of the {@link RateLimiter}: a small page, at once. */
final class TooManyRequestsPage implements Route {

  private static final String HTML =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Too many requests</title></head><body><h1>Too many requests</h1>"
          + "<p>You are loading pages too quickly. Please wait a few seconds and try again.</p>"
          + "</body></html>";

  @Override
  public void handle(ShopExchange ex) throws IOException {
    ex.addHeader("Retry-After", Long.toString(RateLimiter.SHUT_OUT.toSeconds()));
    ex.html(429, HTML);
  }
}
