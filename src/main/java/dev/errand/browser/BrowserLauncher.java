package dev.errand.browser;

/** Starts browsers. The Playwright implementation lives in {@code dev.errand.browser.pw}. */
public interface BrowserLauncher {

  /** Launch per {@code spec}; throws {@link BrowserUnavailableException} when none can start. */
  BrowserSession launch(LaunchSpec spec);
}
