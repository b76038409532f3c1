package dev.errand.handoff;

/** The embedded demo shop's own origin, e.g. {@code http://127.0.0.1:43123}: is a page on it? */
final class DemoOrigin {

  private final String origin;

  DemoOrigin(String origin) {
    this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
  }

  boolean contains(String url) {
    return url.equals(origin) || url.startsWith(origin + "/");
  }
}
