/**
 * The Playwright adapter: the only code that talks to Playwright. It implements the {@link
 * dev.errand.browser.BrowserPage} port, launches what {@link dev.errand.browser.discovery} found,
 * runs the page scripts of {@link dev.errand.browser.recognition} and {@link
 * dev.errand.browser.strike}, and turns Playwright's errors into messages for a person.
 */
package dev.errand.browser.pw;
