package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;

/**
 * One Playwright locator a recipe locator stands for. {@code any:} lists give several, tried in
 * order.
 *
 * @param description the recipe form, for messages
 * @param locator every element it matches, visible or not
 * @param scope the page or frame it is looked up in
 */
record Candidate(String description, Locator locator, Scope scope) {

  /** The matching elements that are visible. */
  Locator visible() {
    return locator.filter(new Locator.FilterOptions().setVisible(true));
  }
}
