package dev.errand.browser.pw;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserLauncher;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.BrowserNames;
import dev.errand.browser.discovery.ChromiumArgs;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.discovery.UserDataDir;
import dev.errand.browser.discovery.VersionProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches Chrome, Chromium or Edge through Playwright with the profile's persistent data
 * directory, so a login survives between runs.
 *
 * <p>Starting Playwright's driver and the browser takes seconds (docs/measurements.md): launch well
 * before the sale.
 */
public final class PlaywrightLauncher implements BrowserLauncher {

  /** Default time Playwright waits for an action when none is given. */
  static final Duration DEFAULT_ACTION_TIMEOUT = Duration.ofSeconds(15);

  /** Default time Playwright waits for a navigation when none is given. */
  static final Duration DEFAULT_NAVIGATION_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightLauncher.class);
  private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(60);

  private final BrowserFinder finder;

  /** A launcher that looks for browsers on this machine. */
  public PlaywrightLauncher() {
    this(BrowserFinder.system());
  }

  public PlaywrightLauncher(BrowserFinder finder) {
    this.finder = finder;
  }

  @Override
  public BrowserSession launch(LaunchSpec spec) {
    Objects.requireNonNull(spec.userDataDir(), "the profile's browser data directory");
    FoundBrowser found = finder.find(spec.setting()).orElseThrow();
    Path dir = UserDataDir.prepare(spec.userDataDir());
    LOG.debug("launching {} with data dir {}", found.description(), dir);
    PlaywrightDriver driver = null;
    BrowserContext context = null;
    try {
      driver = PlaywrightDriver.start(found);
      context =
          driver.playwright().chromium().launchPersistentContext(dir, launchOptions(found, spec));
      context.setDefaultTimeout((double) DEFAULT_ACTION_TIMEOUT.toMillis());
      context.setDefaultNavigationTimeout((double) DEFAULT_NAVIGATION_TIMEOUT.toMillis());
      Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
      BrowserInfo info = describe(found, driver.playwright(), context, page, spec.headless());
      return new PlaywrightSession(
          driver, context, page, new PlaywrightPage(page, spec.budget()), info);
    } catch (RuntimeException e) {
      PlaywrightSession.closeQuietly(context, driver);
      throw LaunchErrors.translate(e, found, dir);
    } catch (Error e) {
      PlaywrightSession.closeQuietly(context, driver);
      throw e;
    }
  }

  /**
   * The first line of {@code executable --version} (e.g. "Chromium 156.0.8078.79 built on
   * Debian…"), within {@code timeout}; empty when the browser has no known executable or prints
   * nothing (Chrome on Windows).
   */
  public static Optional<String> probeVersion(FoundBrowser browser, Duration timeout) {
    return browser.executablePath().flatMap(exe -> VersionProbe.run(exe, timeout));
  }

  /** {@link #probeVersion(FoundBrowser, Duration)} with a 5 s timeout. */
  public static Optional<String> probeVersion(FoundBrowser browser) {
    return probeVersion(browser, Duration.ofSeconds(5));
  }

  static BrowserType.LaunchPersistentContextOptions launchOptions(
      FoundBrowser found, LaunchSpec spec) {
    BrowserType.LaunchPersistentContextOptions o =
        new BrowserType.LaunchPersistentContextOptions()
            .setHeadless(spec.headless())
            .setArgs(ChromiumArgs.of(spec.extraArgs(), ChromiumArgs.isRootOnLinux()))
            .setEnv(PlaywrightDriver.browserEnv())
            .setTimeout((double) LAUNCH_TIMEOUT.toMillis());
    if (spec.headless()) {
      o.setViewportSize(1280, 900);
    } else {
      o.setViewportSize(null);
    }
    switch (found.kind()) {
      case PATH -> o.setExecutablePath(Path.of(found.executable()).toAbsolutePath());
      case CHANNEL, BUNDLED -> o.setChannel(found.channel());
    }
    return o;
  }

  private static BrowserInfo describe(
      FoundBrowser found,
      Playwright playwright,
      BrowserContext context,
      Page page,
      boolean headless) {
    String version = null;
    if (context.browser() != null) {
      version = context.browser().version();
    }
    if (version == null || version.isBlank()) {
      version =
          VersionProbe.fromUserAgent(String.valueOf(page.evaluate("navigator.userAgent")))
              .orElse("unknown");
    }
    String executable =
        found.executablePath().orElseGet(() -> playwright.chromium().executablePath());
    return new BrowserInfo(BrowserNames.of(found), version, executable, headless);
  }
}
