package dev.errand.browser.pw;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.Tracer;
import java.util.List;
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
  private final Page raw;
  private boolean closed;

  /** Set (on Playwright's thread, while a call runs) once the page crashed or anything closed. */
  private volatile boolean gone;

  private List<Cookie> cookies = List.of();

  PlaywrightSession(
      PlaywrightDriver driver,
      BrowserContext context,
      Page raw,
      PlaywrightPage page,
      BrowserInfo info) {
    this.driver = driver;
    this.context = context;
    this.raw = raw;
    this.page = page;
    this.info = info;
    this.tracer = new PlaywrightTracer(context);
    context.onClose(c -> gone = true);
    raw.onCrash(p -> gone = true);
    raw.onClose(p -> gone = true);
    if (context.browser() != null) {
      context.browser().onDisconnected(b -> gone = true);
    }
  }

  @Override
  public boolean gone() {
    return gone || closed || raw.isClosed();
  }

  @Override
  public void rememberCookies() {
    if (gone()) {
      return;
    }
    try {
      cookies = List.copyOf(context.cookies());
    } catch (RuntimeException e) {
      LOG.debug("could not read the cookies: {}", PlaywrightErrors.headline(e));
    }
  }

  @Override
  public void carryCookiesTo(BrowserSession next) {
    if (!(next instanceof PlaywrightSession to) || cookies.isEmpty()) {
      return;
    }
    try {
      to.context.addCookies(cookies);
      to.cookies = cookies;
    } catch (RuntimeException e) {
      LOG.debug("could not carry the cookies over: {}", PlaywrightErrors.headline(e));
    }
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

  /** The Playwright page underneath, for {@link PlaywrightSurvey}. */
  Page playwrightPage() {
    return raw;
  }
}
