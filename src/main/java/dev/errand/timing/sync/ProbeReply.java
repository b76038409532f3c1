package dev.errand.timing.sync;

import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * A site's answer to one probe.
 *
 * @param method the request method that got this answer ({@code HEAD}, or {@code GET} where HEAD is
 *     refused)
 * @param status the HTTP status
 * @param headers the response headers
 * @param sentNanos {@code nanoTime} just before the request was sent
 * @param receivedNanos {@code nanoTime} when the response headers arrived
 */
public record ProbeReply(
    String method, int status, HttpHeaders headers, long sentNanos, long receivedNanos) {

  /** Checks that nothing is null and that the answer did not arrive before the question. */
  public ProbeReply {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(headers, "headers");
    if (receivedNanos < sentNanos) {
      throw new IllegalArgumentException("received before sent");
    }
  }

  /** The round trip: {@code receivedNanos − sentNanos}. */
  public long rttNanos() {
    return receivedNanos - sentNanos;
  }
}
