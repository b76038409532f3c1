package dev.errand.browser.pw;

import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import dev.errand.polite.Backoff;
import dev.errand.polite.RequestBudget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Starting the real browser in integration tests: headless, found by the finder. */
final class Browsers {

  private Browsers() {}

  static LaunchSpec headless(Path userDataDir) {
    // test pages are fixtures, loaded one after another: no spacing between them
    return new LaunchSpec(
        "",
        true,
        userDataDir,
        List.of(),
        new RequestBudget(System::nanoTime, Backoff.jittered(), Duration.ZERO));
  }

  static BrowserSession launch(Path userDataDir) {
    return new PlaywrightLauncher().launch(headless(userDataDir));
  }
}
