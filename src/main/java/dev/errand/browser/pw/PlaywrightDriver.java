package dev.errand.browser.pw;

import com.microsoft.playwright.Playwright;
import dev.errand.browser.discovery.FoundBrowser;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One start of Playwright's driver: from the driver cached once per version ({@link DriverCache}),
 * its temporary files in errand's own folder ({@link DriverTemp}), so a run leaves no temporary
 * folder behind however it ends. Closing stops the driver and any browser it still runs.
 */
final class PlaywrightDriver implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightDriver.class);

  private final Playwright playwright;

  private PlaywrightDriver(Playwright playwright) {
    this.playwright = playwright;
  }

  /** Starts the driver for {@code found}. */
  static PlaywrightDriver start(FoundBrowser found) {
    DriverPipeNoise.install();
    if (found.kind() != FoundBrowser.Kind.BUNDLED) {
      // Playwright's own browser is installed by its unpacked driver on first use: keep that way
      DriverCache.use(System.getenv());
    }
    return new PlaywrightDriver(
        Playwright.create(createOptions(found, DriverTemp.forThisProcess())));
  }

  /**
   * Options for {@link Playwright#create}: the driver's environment is this process's environment
   * plus these entries (Playwright adds them to the inherited one): its temporary folder, and, for
   * any browser but Playwright's own, no browser download.
   */
  static Playwright.CreateOptions createOptions(FoundBrowser found, DriverTemp temp) {
    Map<String, String> env = new HashMap<>(temp.env());
    if (found.kind() != FoundBrowser.Kind.BUNDLED) {
      env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    }
    return new Playwright.CreateOptions().setEnv(env);
  }

  /**
   * The browser's environment: errand's own, not the driver's. The browser keeps its temporary
   * files where the system keeps them: Chromium puts a socket there whose path must stay short
   * (about 100 characters), and errand's folder would make it longer.
   */
  static Map<String, String> browserEnv() {
    return System.getenv();
  }

  Playwright playwright() {
    return playwright;
  }

  @Override
  public void close() {
    try {
      playwright.close();
    } catch (RuntimeException e) {
      LOG.debug("closing Playwright failed: {}", PlaywrightErrors.headline(e));
    }
  }
}
