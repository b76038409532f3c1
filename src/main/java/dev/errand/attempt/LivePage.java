package dev.errand.attempt;

import dev.errand.browser.BrowserGoneException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.Detection;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.browser.PageEvents;
import dev.errand.browser.QueueState;
import dev.errand.browser.ShopLimit;
import dev.errand.browser.Strike;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The attempt's page as the runner holds it, over whichever browser is running: when the browser is
 * gone (crashed, killed, disconnected, closed) every call says so with a {@link
 * BrowserGoneException} instead of failing as an action would, and after errand starts a new
 * browser ({@link #swap}) the same page acts on it. Outside the instant's urgency it remembers the
 * browser's cookies after each call, so a new browser can be given them.
 */
final class LivePage implements BrowserPage {

  static final String GONE = "the browser is gone (it crashed, was killed or was closed)";

  private final LongSupplier nanoTime;
  private BrowserSession session;
  private BrowserPage page;
  private @Nullable PageEvents events;
  private boolean urgent;
  private String lastUrl = "";
  private long goneSince = -1;
  private @Nullable List<String> confined;
  private boolean personsTurn;
  private Optional<OffSiteAttempt> stoppedBefore = Optional.empty();

  LivePage(BrowserSession session, LongSupplier nanoTime) {
    this.session = session;
    this.page = session.page();
    this.nanoTime = nanoTime;
  }

  /** Acts on {@code next}'s page from now on (the listener given to {@link #listen} with it). */
  void swap(BrowserSession next) {
    if (stoppedBefore.isEmpty()) {
      try {
        stoppedBefore = page.offSiteAttempt();
      } catch (RuntimeException e) {
        // the old browser is gone with what it held
      }
    }
    session.carryCookiesTo(next);
    session = next;
    page = next.page();
    urgent = false;
    goneSince = -1;
    if (events != null) {
      page.listen(events);
    }
    if (confined != null) {
      page.confine(confined);
    }
    if (personsTurn) {
      page.personsTurn(true);
    }
  }

  /** How long ago errand noticed the browser was gone; zero when it has not. */
  Duration goneFor() {
    return goneSince < 0 ? Duration.ZERO : Duration.ofNanos(nanoTime.getAsLong() - goneSince);
  }

  private BrowserGoneException gone(@Nullable RuntimeException cause) {
    if (goneSince < 0) {
      goneSince = nanoTime.getAsLong();
    }
    return cause == null ? new BrowserGoneException(GONE) : new BrowserGoneException(GONE, cause);
  }

  /** A call that only looks (or waits) remembers the cookies at most this often. */
  static final Duration LOOKS_REMEMBER_EVERY = Duration.ofSeconds(5);

  private long rememberedAt = Long.MIN_VALUE;

  /** A call that only looks at the page (or waits). */
  private <T> T call(Supplier<T> action) {
    return call(action, false);
  }

  /** A call that acts on the page (its cookies may change), when {@code acts}. */
  private <T> T call(Supplier<T> action, boolean acts) {
    BrowserSession s = session;
    if (s.gone()) {
      throw gone(null);
    }
    T result;
    try {
      result = action.get();
    } catch (BrowserGoneException e) {
      throw gone(e);
    } catch (RuntimeException e) {
      if (s.gone()) {
        throw gone(e);
      }
      throw e;
    }
    if (s.gone()) {
      // a look that found nothing because the page went away is no answer
      throw gone(null);
    }
    try {
      lastUrl = page.url();
    } catch (RuntimeException e) {
      // keep the last address seen
    }
    long now = nanoTime.getAsLong();
    if (!urgent
        && (acts
            || rememberedAt == Long.MIN_VALUE
            || now - rememberedAt >= LOOKS_REMEMBER_EVERY.toNanos())) {
      s.rememberCookies();
      rememberedAt = now;
    }
    return result;
  }

  private void run(Runnable action) {
    call(
        () -> {
          action.run();
          return Boolean.TRUE;
        });
  }

  @Override
  public String navigate(String url, Duration timeout) {
    return call(() -> page.navigate(url, timeout), true);
  }

  @Override
  public String reload(Duration timeout) {
    return call(() -> page.reload(timeout), true);
  }

  @Override
  public String click(Locator target, Duration timeout) {
    return call(() -> page.click(target, timeout), true);
  }

  @Override
  public String fill(Locator target, String value, Duration timeout) {
    return call(() -> page.fill(target, value, timeout), true);
  }

  @Override
  public String select(Locator target, String option, Duration timeout) {
    return call(() -> page.select(target, option, timeout), true);
  }

  @Override
  public String check(Locator target, boolean checked, Duration timeout) {
    return call(() -> page.check(target, checked, timeout), true);
  }

  @Override
  public String press(@Nullable Locator target, String key, Duration timeout) {
    return call(() -> page.press(target, key, timeout), true);
  }

  @Override
  public boolean holds(Condition condition) {
    return call(() -> page.holds(condition));
  }

  @Override
  public String waitFor(Condition condition, Duration timeout) {
    return call(() -> page.waitFor(condition, timeout), true);
  }

  @Override
  public void screenshot(Path file) {
    run(() -> page.screenshot(file));
  }

  @Override
  public String html() {
    return call(page::html);
  }

  /** The page's address; the last one seen while the browser is gone (never fails). */
  @Override
  public String url() {
    if (session.gone()) {
      return lastUrl;
    }
    try {
      lastUrl = page.url();
    } catch (RuntimeException e) {
      // gone between the look and the call: the last address seen
    }
    return lastUrl;
  }

  @Override
  public String title() {
    return call(page::title);
  }

  @Override
  public Optional<String> errorPage() {
    return call(page::errorPage);
  }

  @Override
  public boolean shownAfterSubmit() {
    return call(page::shownAfterSubmit);
  }

  /** Only waits: never reads the cookies, so a wait for the instant ends when it should. */
  @Override
  public void pause(Duration duration) {
    BrowserSession s = session;
    if (s.gone()) {
      throw gone(null);
    }
    try {
      page.pause(duration);
    } catch (RuntimeException e) {
      if (s.gone()) {
        throw gone(e);
      }
      throw e;
    }
    if (s.gone()) {
      throw gone(null);
    }
  }

  @Override
  public void bringToFront() {
    run(page::bringToFront);
  }

  /** Never fails: a browser that is gone has no urgency to turn off. */
  @Override
  public void urgent(boolean on) {
    urgent = on;
    if (session.gone()) {
      return;
    }
    try {
      page.urgent(on);
    } catch (RuntimeException e) {
      if (!session.gone()) {
        throw e;
      }
    }
  }

  @Override
  public Strike prepareStrike(List<Step> steps, Function<Step, Duration> timeout) {
    return call(() -> page.prepareStrike(steps, timeout));
  }

  @Override
  public List<Detection> detect() {
    return call(page::detect);
  }

  @Override
  public boolean isPaymentControl(Locator target) {
    return call(() -> page.isPaymentControl(target));
  }

  @Override
  public List<String> dismissOverlays(List<Locator> rules, Optional<Locator> keep) {
    return call(() -> page.dismissOverlays(rules, keep));
  }

  @Override
  public Optional<QueueState> waitingRoom() {
    return call(page::waitingRoom);
  }

  @Override
  public void listen(PageEvents events) {
    this.events = events;
    page.listen(events);
  }

  @Override
  public Optional<String> blocked() {
    return call(page::blocked);
  }

  @Override
  public void screenshot(Path file, List<String> secrets) {
    run(() -> page.screenshot(file, secrets));
  }

  @Override
  public Optional<String> livePayControl() {
    return call(page::livePayControl);
  }

  @Override
  public Optional<ShopLimit> statedLimit() {
    return call(page::statedLimit);
  }

  @Override
  public Optional<ShopLimit> quantityLimit(Locator control) {
    return call(() -> page.quantityLimit(control));
  }

  /** Kept, and given to every browser errand starts again after this one. */
  @Override
  public void confine(List<String> allowedDomains) {
    confined = List.copyOf(allowedDomains);
    run(() -> page.confine(allowedDomains));
  }

  @Override
  public void personsTurn(boolean on) {
    personsTurn = on;
    run(() -> page.personsTurn(on));
  }

  /** What any of the browsers errand ran in this attempt stopped; the first one said. */
  @Override
  public Optional<OffSiteAttempt> offSiteAttempt() {
    if (stoppedBefore.isPresent() || session.gone()) {
      return stoppedBefore;
    }
    return call(page::offSiteAttempt);
  }

  @Override
  public dev.errand.browser.PageSketch sketch(String url, Duration timeout) {
    return call(() -> page.sketch(url, timeout));
  }

  @Override
  public void fullPageScreenshot(Path file, List<String> secrets) {
    run(() -> page.fullPageScreenshot(file, secrets));
  }

  /** The current browser's tab as a screen (a relaunch gives a new one at the next handoff). */
  @Override
  public Optional<dev.errand.browser.LiveScreen> liveScreen() {
    return call(page::liveScreen);
  }
}
