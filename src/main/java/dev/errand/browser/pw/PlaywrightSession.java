package dev.errand.browser.pw;

import com.microsoft.playwright.BrowserContext;
import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.Tracer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One launched browser (a persistent context) with its page. Closing closes the browser and the
 * Playwright driver, so no process is left behind.
 */
final class PlaywrightSession implements BrowserSession {

  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightSession.class);

  private final PlaywrightDriver driver;
  private final BrowserContext context;
  private final PlaywrightPage page;
  private final BrowserInfo info;
  private final PlaywrightTracer tracer;
  private boolean closed;

  PlaywrightSession(
      PlaywrightDriver driver, BrowserContext context, PlaywrightPage page, BrowserInfo info) {
    this.driver = driver;
    this.context = context;
    this.page = page;
    this.info = info;
    this.tracer = new PlaywrightTracer(context);
  }

  @Override
  public BrowserPage page() {
    return page;
  }

  @Override
  public BrowserInfo info() {
    return info;
  }

  @Override
  public Tracer tracer() {
    return tracer;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(context, driver);
  }

  /**
   * Closes {@code context} (may be null) and then {@code driver} (its temporary folder with it),
   * logging failures.
   */
  static void closeQuietly(@Nullable BrowserContext context, @Nullable PlaywrightDriver driver) {
    if (context != null) {
      try {
        context.close();
      } catch (RuntimeException e) {
        LOG.debug("closing the browser failed: {}", PlaywrightErrors.headline(e));
      }
    }
    if (driver != null) {
      driver.close();
    }
  }
}
