package dev.errand.run;

import dev.errand.browser.BrowserPage;

/** Who answers a handoff: the person at the terminal, or a stand-in where a person can't. */
public interface HandoffResponder {

  /**
   * Blocks until the handoff ends. Must keep the page's events flowing (use {@code page.pause}).
   */
  HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener);
}
