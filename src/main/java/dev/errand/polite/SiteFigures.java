package dev.errand.polite;

import java.time.Duration;

/**
 * What errand asked of one site in a run, and what the site asked of errand, from its {@link
 * RequestBudget}.
 *
 * @param site the site's key ({@link RequestBudget#site}), host and port
 * @param requests requests errand sent it: page loads (errand's own and the page's), their
 *     redirects, and clock probes
 * @param pageLoads of those, the page loads and probes: what the one-a-second floor governs
 * @param mostInOneSecond the most page loads and probes that started within any one second
 * @param refusals answers that refused (429, 5xx, an error page, a dropped connection)
 * @param retries page loads errand made again after a refusal
 * @param retryAfterWaits the waits the site asked for with {@code Retry-After}, added up
 * @param backoffWaits the waits errand chose itself after a refusal without one, added up
 */
public record SiteFigures(
    String site,
    int requests,
    int pageLoads,
    int mostInOneSecond,
    int refusals,
    int retries,
    Duration retryAfterWaits,
    Duration backoffWaits) {

  /** All the waits imposed after refusals. */
  public Duration waits() {
    return retryAfterWaits.plus(backoffWaits);
  }
}
