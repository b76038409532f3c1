/**
 * {@code errand check}: the go/no-go before a sale. Walks a recipe's steps up to its first purchase
 * step on the live site (opening pages, waiting, closing the cookie wall; never buying, paying or
 * submitting a form), resolves every locator it can reach and suggests what the page offers when
 * one does not match, reads how the sale page will reveal its buy controls and the page's own
 * release instant. Knows nothing about Playwright: it looks through {@link
 * dev.errand.browser.BrowserPage} and {@link dev.errand.browser.PageSurvey}.
 */
package dev.errand.check;
