/**
 * Politeness by construction: one {@link dev.errand.polite.RequestBudget} per run, shared by
 * everything of errand's that sends a site a request of its own (the clock probes, the browser's
 * page loads), so that together they send at most one a second per site and nothing inside a {@code
 * Retry-After} window the site gave. {@link dev.errand.polite.RetryAfter} reads that header; {@link
 * dev.errand.polite.Backoff} spaces retries where the site gives none.
 */
package dev.errand.polite;
