package dev.errand.browser.pw;

import dev.errand.browser.BrowserUnavailableException;
import java.nio.file.Path;

/** Turns a failed launch into a {@link BrowserUnavailableException} a person can act on. */
final class LaunchErrors {

  private LaunchErrors() {}

  static BrowserUnavailableException translate(RuntimeException e, FoundBrowser found, Path dir) {
    if (e instanceof BrowserUnavailableException bue) {
      return bue;
    }
    if (PlaywrightErrors.mentions(e, "ProcessSingleton")
        || PlaywrightErrors.mentions(e, "profile appears to be in use")
        || PlaywrightErrors.mentions(e, "Opening in existing browser session")) {
      return withCause(UserDataDir.inUse(dir), e);
    }
    String headline = PlaywrightErrors.headline(e);
    if (PlaywrightErrors.mentions(e, "Missing X server")
        || PlaywrightErrors.mentions(e, "$DISPLAY")) {
      return new BrowserUnavailableException(
          "cannot open a browser window: there is no display here. Run headless, or start errand"
              + " from a desktop session.",
          e);
    }
    if (found.kind() == FoundBrowser.Kind.BUNDLED) {
      return new BrowserUnavailableException(
          "no Chrome, Chromium or Edge is installed and Playwright's Chromium could not be used ("
              + headline
              + "). Install Google Chrome or Chromium, or set the browser setting to the path of a"
              + " Chromium-based browser.",
          e);
    }
    return new BrowserUnavailableException(
        "could not start " + found.description() + ": " + headline, e);
  }

  private static BrowserUnavailableException withCause(
      BrowserUnavailableException message, Throwable cause) {
    return new BrowserUnavailableException(message.getMessage(), cause);
  }
}
