package dev.errand.demo;

/** What befalls one page load of an overloaded shop ({@link PageFaults}). */
enum PageFault {
  /** Nothing: the page is served as usual. */
  NONE,
  /** The connection closes without an answer. */
  DROP,
  /** {@code 503 Service Unavailable} and a front end's error page. */
  UNAVAILABLE,
  /** {@code 503 Service Unavailable}, {@code Retry-After} and a CDN's error page. */
  UNAVAILABLE_RETRY_AFTER,
  /** {@code 200 OK} with an error page in the body. */
  ERROR_PAGE_OK
}
