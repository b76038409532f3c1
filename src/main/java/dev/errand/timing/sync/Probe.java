package dev.errand.timing.sync;

import java.io.IOException;
import java.net.URI;

/**
 * One way of asking a site for the time: each call sends one request (over a kept-alive connection)
 * and reports the answer's headers with the local {@code nanoTime} readings at which it was sent
 * and its headers arrived. {@link ClockSync} does the arithmetic; tests plug in a fake site.
 */
@FunctionalInterface
public interface Probe {

  /**
   * Sends one request for {@code target} (a URL on the site being synced).
   *
   * @throws IOException if no answer came (refused, timed out, reset...)
   */
  ProbeReply send(URI target) throws IOException, InterruptedException;
}
