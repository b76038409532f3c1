package dev.errand.browser.pw;

import dev.errand.browser.BrowserPage;

/**
 * Test-only: evaluates a script on a page errand's adapter opened, for checks the port has no
 * condition for (an image's natural width).
 */
public final class PageScripts {

  private PageScripts() {}

  /** The value of {@code expression} (a JavaScript function or expression) on {@code page}. */
  public static Object evaluate(BrowserPage page, String expression) {
    return ((PlaywrightPage) page).playwrightPage().evaluate(expression);
  }
}
