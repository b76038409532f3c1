package dev.errand.browser.pw;

import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import java.nio.file.Path;
import java.util.List;

/** Starting the real browser in integration tests: headless, found by the finder. */
final class Browsers {

  private Browsers() {}

  static LaunchSpec headless(Path userDataDir) {
    return new LaunchSpec("", true, userDataDir, List.of());
  }

  static BrowserSession launch(Path userDataDir) {
    return new PlaywrightLauncher().launch(headless(userDataDir));
  }
}
