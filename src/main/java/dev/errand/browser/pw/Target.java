package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import org.jspecify.annotations.Nullable;

/**
 * The visible element an action will act on.
 *
 * @param element the first visible match, as a Playwright locator
 * @param description what matched, for the journal (for {@code any:} lists, which candidate)
 * @param scope the page or frame it was found in (custom dropdowns look for options there)
 * @param probe when urgent, what a {@link Probe} saw of it as it was found; else null
 */
record Target(Locator element, String description, Scope scope, @Nullable Probe probe) {}
