/**
 * The strike: the at-release steps the page runs by itself ({@code strike.js}). The plan written
 * for it, the program installed in the page, the page's clock fitted to the site clock, and its
 * messages read back as typed {@link dev.errand.browser.strike.StrikeReport}s. Knows nothing of
 * Playwright: the adapter installs the program and passes the messages on.
 */
package dev.errand.browser.strike;
