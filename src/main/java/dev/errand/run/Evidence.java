package dev.errand.run;

import dev.errand.browser.BrowserPage;
import java.util.Optional;

/** Where screenshots and page HTML go (the attempt folder); the runner never sees paths. */
public interface Evidence {

  /** Save a screenshot named {@code name}; empty when it could not be taken. */
  Optional<java.nio.file.Path> screenshot(String name, BrowserPage page);

  Optional<java.nio.file.Path> html(String name, BrowserPage page);

  /** Saves nothing: for tests and {@code --no-artifacts}. */
  Evidence NONE =
      new Evidence() {
        @Override
        public Optional<java.nio.file.Path> screenshot(String name, BrowserPage page) {
          return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> html(String name, BrowserPage page) {
          return Optional.empty();
        }
      };

  /**
   * Like {@link #screenshot}, of the whole page: what the person must find (a pay button below the
   * fold) is in it. The default takes the window's.
   */
  default Optional<java.nio.file.Path> fullPageScreenshot(String name, BrowserPage page) {
    return screenshot(name, page);
  }
}
