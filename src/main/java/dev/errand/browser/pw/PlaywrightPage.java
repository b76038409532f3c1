package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.browser.PageEvents;
import dev.errand.browser.QueueState;
import dev.errand.browser.ShopLimit;
import dev.errand.browser.Strike;
import dev.errand.browser.UrlPattern;
import dev.errand.browser.strike.StrikePlan;
import dev.errand.polite.RequestBudget;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Step;
import dev.errand.timing.TimeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BrowserPage} on a Playwright page. Actions wait for the first visible match of their
 * target and spend at most the timeout given, all steps included; failures become {@link
 * BrowserActionException}s with a message for a person.
 *
 * <p>While {@link #urgent(boolean) urgent}, waits poll every 2 ms and clicks, selects and fills
 * take the fast path of {@link FastInput} (a probe, then trusted input without Playwright's
 * "stable" wait); whenever the fast path is not safe they fall back to the normal one.
 */
final class PlaywrightPage implements BrowserPage {

  private static final Pattern INTERRUPTED =
      Pattern.compile("interrupted by another navigation to \"([^\"]*)\"");
  private static final int NAVIGATION_ATTEMPTS = 4;

  /** How many answers that refuse (429, 5xx) one page load waits out before it gives up. */
  static final int LOAD_TRIES = 3;

  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightPage.class);

  private final Page page;
  private final Pace pace = new Pace();
  private final Targets targets;
  private final FastInput fast;
  private final OptionPicker options;
  private final Checker checker;
  private final Detector detector;
  private final PaymentControls paymentControls;
  private final LoadPacer loads;
  private final OverlayCloser overlays;
  private final RoomReader rooms;
  private final SiteJail jail;

  PlaywrightPage(Page page, RequestBudget budget) {
    this.page = page;
    this.loads = new LoadPacer(page, budget);
    this.targets = new Targets(page, pace);
    this.fast = new FastInput(page, pace);
    this.options = new OptionPicker(targets, pace, fast);
    this.checker = new Checker(page);
    this.detector = new Detector(page);
    this.paymentControls = new PaymentControls(page, targets, detector);
    this.overlays = new OverlayCloser(page, targets, paymentControls);
    this.rooms = new RoomReader(page);
    this.jail = new SiteJail(page);
  }

  /** The page's jail, for this package's tests. */
  SiteJail jail() {
    return jail;
  }

  /** The Playwright page underneath, for measurements in this package's tests. */
  Page playwrightPage() {
    return page;
  }

  @Override
  public String navigate(String url, Duration timeout) {
    jail.check(url);
    Deadline deadline = Deadline.in(timeout);
    return paced(url, deadline, "open " + url, () -> navigateOnce(url, timeout, deadline));
  }

  /**
   * One page load and its answer, each taking its turn in the request budget; a refusal (429, 5xx,
   * an error page, no answer at all) is waited out and tried again, at most {@link #LOAD_TRIES}
   * times, each retry told to the page's listener. A site found to refuse errand ({@link
   * LoadPacer#verdict}) is not tried again.
   */
  private String paced(String url, Deadline deadline, String what, Supplier<Response> load) {
    RefusalStreak refused = new RefusalStreak(System::nanoTime);
    while (true) {
      loads.take(url, deadline, what);
      LoadPacer.Answer answer;
      try {
        answer = loads.answer(url, load.get());
      } catch (LostConnection e) {
        answer = loads.lost(url, e);
      } catch (BrowserActionException e) {
        throw afterRefusals(e, refused, LoadPacer.key(url));
      } finally {
        loads.settled();
      }
      if (answer.refusal().isEmpty() && !pace.urgent()) {
        // an error page that came with a 2xx status is a refusal too (at the instant, the steps'
        // own checks see it: no time is spent reading the page here)
        answer = loads.unlessErrorPage(url, answer, deadline);
      }
      if (answer.refusal().isEmpty()) {
        return refused.isEmpty()
            ? answer.status()
            : answer.status() + " after " + refused.describe();
      }
      if (isWaitingRoom()) {
        // a waiting room may come with 429 or 503: it is not loaded again (it can lose the place)
        return answer.status() + ", a waiting room";
      }
      LoadPacer.Refusal refusal = answer.refusal().get();
      refused.add(refusal);
      LOG.debug("{}: the site refused ({}); trying again when it allows", what, refusal.text());
      Optional<String> site = LoadPacer.key(url);
      Optional<String> verdict = loads.verdict();
      if (verdict.isPresent()) {
        throw new BrowserActionException("could not " + what + ": " + verdict.get());
      }
      Duration wait = site.map(s -> loads.budget().wait(s)).orElse(Duration.ZERO);
      if (refused.size() >= LOAD_TRIES || wait.toMillis() >= deadline.remainingMs()) {
        int requests = site.map(s -> loads.budget().requests(s)).orElse(refused.size());
        Optional<Duration> refusing = site.flatMap(s -> loads.budget().refusingFor(s));
        throw new BrowserActionException(
            "could not "
                + what
                + ": "
                + refused.gaveUp(requests, refusing)
                + (refused.size() >= LOAD_TRIES
                    ? ""
                    : ", and errand would have to leave it alone "
                        + TimeText.human(wait)
                        + " more, longer than this step has left")
                + "; errand does not hammer it");
      }
      site.ifPresent(loads.budget()::retried);
      loads
          .events()
          .retrying(
              new PageEvents.Retry(
                  url,
                  refusal.kind(),
                  refusal.status(),
                  wait.compareTo(refusal.leftAlone()) > 0 ? wait : refusal.leftAlone(),
                  refusal.retryAfter(),
                  refused.size() + 1,
                  LOAD_TRIES));
    }
  }

  /**
   * A load that failed (ran out of time, most often) after the site had refused it: the message
   * also says how the site refused, as a load that gives up does.
   */
  private BrowserActionException afterRefusals(
      BrowserActionException e, RefusalStreak refused, Optional<String> site) {
    if (refused.isEmpty()) {
      return e;
    }
    int requests = site.map(s -> loads.budget().requests(s)).orElse(refused.size());
    Optional<Duration> refusing = site.flatMap(s -> loads.budget().refusingFor(s));
    return new BrowserActionException(
        e.getMessage()
            + ", after "
            + refused.gaveUp(requests, refusing)
            + "; errand does not hammer it",
        e);
  }

  /** The main document's answer, or null when none came (the page moved on by itself). */
  private @Nullable Response navigateOnce(String url, Duration timeout, Deadline deadline) {
    for (int attempt = 1; ; attempt++) {
      try {
        return page.navigate(
            url,
            new Page.NavigateOptions()
                .setWaitUntil(WaitUntilState.DOMCONTENTLOADED)
                .setTimeout(deadline.remainingMs()));
      } catch (PlaywrightException e) {
        jail.attempt()
            .ifPresent(
                off -> {
                  throw new BrowserActionException("could not open " + url + ": " + off.describe());
                });
        Matcher m = INTERRUPTED.matcher(String.valueOf(e.getMessage()));
        if (!m.find() || deadline.passed()) {
          throw NavigationErrors.of(url, timeout, e);
        }
        String next = m.group(1);
        LOG.debug("navigation to {} (attempt {}) interrupted by {}", url, attempt, next);
        if (!next.startsWith("chrome-error://")) {
          // Either the page moved on by itself (a redirect by script) or Chromium restarted this
          // very navigation: wait for the document it lands on.
          waitForDom(url, timeout, deadline);
          return null;
        }
        if (attempt >= NAVIGATION_ATTEMPTS) {
          throw NavigationErrors.of(url, timeout, e);
        }
        // The error page of an earlier failed navigation committed in between: try again.
      }
    }
  }

  private void waitForDom(String url, Duration timeout, Deadline deadline) {
    try {
      page.waitForLoadState(
          LoadState.DOMCONTENTLOADED,
          new Page.WaitForLoadStateOptions().setTimeout(deadline.remainingMs()));
      if (page.url().startsWith("chrome-error://")) {
        page.waitForURL(
            u -> !u.startsWith("chrome-error://"),
            new Page.WaitForURLOptions()
                .setWaitUntil(WaitUntilState.DOMCONTENTLOADED)
                .setTimeout(deadline.remainingMs()));
      }
    } catch (PlaywrightException e) {
      throw NavigationErrors.of(url, timeout, e);
    }
  }

  @Override
  public Optional<String> errorPage() {
    Optional<String> error = loads.errorPage();
    // a waiting room answered with 429 or 503 is the site's page, not an error to load again
    return error.isPresent() && isWaitingRoom() ? Optional.empty() : error;
  }

  /** Whether the page shows a waiting room; false when it cannot be read. */
  private boolean isWaitingRoom() {
    try {
      return rooms.read().isPresent();
    } catch (BrowserActionException e) {
      return false;
    }
  }

  @Override
  public boolean shownAfterSubmit() {
    return loads.shownAfterSubmit();
  }

  @Override
  public String reload(Duration timeout) {
    String url = page.url();
    Deadline deadline = Deadline.in(timeout);
    return paced(
        url,
        deadline,
        "reload " + url,
        () -> {
          try {
            return page.reload(
                new Page.ReloadOptions()
                    .setWaitUntil(WaitUntilState.COMMIT)
                    .setTimeout(deadline.remainingMs()));
          } catch (PlaywrightException e) {
            throw NavigationErrors.of(url, timeout, e);
          }
        });
  }

  /**
   * Before an action that may load a page (a link, a submit button, Enter in a form): outside the
   * release instant's urgency, waits for the site's turn in the request budget, so that the page
   * loads it causes keep their distance too.
   */
  private void mayLoad(String what, Duration timeout) {
    if (!pace.urgent()) {
      loads.awaitTurn(page.url(), Deadline.in(timeout), what);
    }
  }

  @Override
  public void urgent(boolean on) {
    pace.urgent(on);
    if (!on) {
      jail.restore();
    }
  }

  /**
   * Also lifts the jail's holds in the browser until the at-release steps are over ({@link
   * SiteJail#lift}): each would put a round trip to errand into the purchase at the instant.
   */
  @Override
  public Strike prepareStrike(List<Step> steps, Function<Step, Duration> timeout) {
    jail.lift();
    return PlaywrightStrike.prepare(page, StrikePlan.of(steps, timeout));
  }

  @Override
  public String click(dev.errand.recipe.Locator target, Duration timeout) {
    mayLoad("click " + target.describe(), timeout);
    return act(
        "click",
        target,
        timeout,
        (t, d) -> {
          if (!pace.urgent() || !fast.click(t, d)) {
            t.element().click(new Locator.ClickOptions().setTimeout(d.remainingMs()));
          }
        });
  }

  @Override
  public String fill(dev.errand.recipe.Locator target, String value, Duration timeout) {
    return act(
        "fill",
        target,
        timeout,
        (t, d) -> {
          // Urgent: Playwright's own checks are skipped once the probe saw it visible and enabled.
          boolean force = pace.urgent() && fast.settled(t.element(), t.probe(), d).usable();
          t.element()
              .fill(value, new Locator.FillOptions().setForce(force).setTimeout(d.remainingMs()));
        });
  }

  @Override
  public String select(dev.errand.recipe.Locator target, String option, Duration timeout) {
    return act(
        "select '" + option + "' in", target, timeout, (t, d) -> options.select(t, option, d));
  }

  @Override
  public String check(dev.errand.recipe.Locator target, boolean checked, Duration timeout) {
    return act(
        checked ? "check" : "uncheck",
        target,
        timeout,
        (t, d) -> checker.setChecked(t, checked, d));
  }

  @Override
  public String press(dev.errand.recipe.@Nullable Locator target, String key, Duration timeout) {
    mayLoad("press " + key, timeout);
    if (target == null) {
      try {
        page.keyboard().press(key);
        return "the focused element";
      } catch (PlaywrightException e) {
        throw ActionErrors.of("press " + key + " on", "the focused element", timeout, e);
      }
    }
    return act(
        "press " + key + " on",
        target,
        timeout,
        (t, d) -> t.element().press(key, new Locator.PressOptions().setTimeout(d.remainingMs())));
  }

  @Override
  public boolean holds(Condition condition) {
    try {
      if (condition instanceof Condition.Visible v) {
        return targets.now(v.locator()).isPresent();
      } else if (condition instanceof Condition.Hidden h) {
        return targets.now(h.locator()).isEmpty();
      } else if (condition instanceof Condition.UrlMatches u) {
        return UrlPattern.parse(u.pattern()).matches(page.url());
      }
      throw new IllegalArgumentException("unexpected condition " + condition);
    } catch (PlaywrightException e) {
      throw new BrowserActionException(
          "could not tell whether " + condition.describe() + ": " + PlaywrightErrors.headline(e),
          e);
    }
  }

  @Override
  public String waitFor(Condition condition, Duration timeout) {
    Deadline deadline = Deadline.in(timeout);
    try {
      if (condition instanceof Condition.Visible v) {
        return targets.await(v.locator(), deadline).description();
      } else if (condition instanceof Condition.Hidden h) {
        targets.awaitHidden(h.locator(), deadline);
        return condition.describe();
      } else if (condition instanceof Condition.UrlMatches u) {
        return waitForUrl(UrlPattern.parse(u.pattern()), deadline);
      }
      throw new IllegalArgumentException("unexpected condition " + condition);
    } catch (BrowserActionException e) {
      throw e;
    } catch (PlaywrightException e) {
      throw ActionErrors.of("wait for", condition.describe(), timeout, e);
    }
  }

  private String waitForUrl(UrlPattern pattern, Deadline deadline) {
    try {
      page.waitForURL(
          pattern::matches,
          new Page.WaitForURLOptions()
              .setWaitUntil(WaitUntilState.COMMIT)
              .setTimeout(deadline.remainingMs()));
      return page.url();
    } catch (TimeoutError e) {
      throw new BrowserActionException(
          "the page did not reach url "
              + pattern
              + " within "
              + TimeText.human(deadline.budget())
              + " (it is at "
              + page.url()
              + ")",
          e);
    }
  }

  private static final java.time.Duration SCREENSHOT_TIMEOUT = java.time.Duration.ofSeconds(5);

  @Override
  public void screenshot(Path file) {
    screenshot(file, List.of());
  }

  /** Password and card fields are always masked; {@code secrets} wherever they show. */
  @Override
  public void screenshot(Path file, List<String> secrets) {
    shot(file, secrets, false);
  }

  @Override
  public void fullPageScreenshot(Path file, List<String> secrets) {
    shot(file, secrets, true);
  }

  private void shot(Path file, List<String> secrets, boolean fullPage) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      List<Locator> masks = ScreenshotMasks.mark(page, secrets);
      try {
        // evidence must never hold a run up: a page mid-navigation gets 5 s, not the default 15 s
        page.screenshot(
            new Page.ScreenshotOptions()
                .setPath(file)
                .setMask(masks)
                .setMaskColor("#222")
                .setFullPage(fullPage)
                .setTimeout((double) SCREENSHOT_TIMEOUT.toMillis()));
      } finally {
        if (!masks.isEmpty()) {
          ScreenshotMasks.unmark(page);
        }
      }
    } catch (IOException | PlaywrightException e) {
      String why =
          e instanceof PlaywrightException pe ? PlaywrightErrors.headline(pe) : e.toString();
      throw new BrowserActionException("could not save a screenshot to " + file + ": " + why, e);
    }
  }

  @Override
  public String html() {
    return whileSettling("read the page's HTML", page::content);
  }

  @Override
  public String url() {
    return page.url();
  }

  @Override
  public String title() {
    return whileSettling("read the page's title", page::title);
  }

  @Override
  public void pause(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      page.waitForTimeout((double) duration.toMillis());
    } catch (PlaywrightException e) {
      throw ActionErrors.of("wait", TimeText.human(duration), duration, e);
    }
  }

  @Override
  public void bringToFront() {
    try {
      page.bringToFront();
    } catch (PlaywrightException e) {
      throw ActionErrors.of("raise", "the browser window", Duration.ZERO, e);
    }
  }

  @Override
  public List<Detection> detect() {
    return detector.detect();
  }

  @Override
  public boolean isPaymentControl(dev.errand.recipe.Locator target) {
    return paymentControls.isPaymentControl(target);
  }

  @Override
  public Optional<String> livePayControl() {
    return new LivePayControls(page, detector).find();
  }

  @Override
  public Optional<ShopLimit> statedLimit() {
    return new QuantityLimits(page, targets).stated();
  }

  @Override
  public Optional<ShopLimit> quantityLimit(dev.errand.recipe.Locator control) {
    return new QuantityLimits(page, targets).forControl(control);
  }

  @Override
  public Optional<QueueState> waitingRoom() {
    return rooms.read();
  }

  /** Find the target's first visible match, then run {@code action} on it within the budget. */
  private String act(
      String verb, dev.errand.recipe.Locator target, Duration timeout, Action action) {
    Deadline deadline = Deadline.in(timeout);
    String what = target.describe();
    try {
      Target t = targets.await(target, deadline);
      what = t.description();
      action.run(t, deadline);
      return t.description();
    } catch (BrowserActionException e) {
      throw e;
    } catch (PlaywrightException e) {
      throw ActionErrors.of(verb, what, timeout, e);
    }
  }

  /** Reads that fail while the page is between documents are retried a few times. */
  private <T> T whileSettling(String what, Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (PlaywrightException e) {
        boolean navigating =
            PlaywrightErrors.mentions(e, "navigating")
                || PlaywrightErrors.mentions(e, "context was destroyed");
        if (!navigating || attempt >= 3) {
          throw new BrowserActionException(
              "could not " + what + ": " + PlaywrightErrors.headline(e), e);
        }
        try {
          page.waitForLoadState(
              LoadState.DOMCONTENTLOADED, new Page.WaitForLoadStateOptions().setTimeout(5_000));
        } catch (PlaywrightException ignored) {
          // try the read again anyway
        }
      }
    }
  }

  /** One action on a found target. */
  @FunctionalInterface
  private interface Action {
    void run(Target target, Deadline deadline);
  }

  @Override
  public List<String> dismissOverlays(
      List<dev.errand.recipe.Locator> rules, Optional<dev.errand.recipe.Locator> keep) {
    return overlays.dismiss(rules, keep);
  }

  @Override
  public void listen(PageEvents events) {
    loads.listen(events);
  }

  @Override
  public Optional<String> blocked() {
    return loads.blocked();
  }

  @Override
  public void confine(List<String> allowedDomains) {
    jail.confine(allowedDomains);
  }

  @Override
  public void personsTurn(boolean on) {
    jail.personsTurn(on);
  }

  @Override
  public Optional<OffSiteAttempt> offSiteAttempt() {
    return jail.attempt();
  }

  @Override
  public dev.errand.browser.PageSketch sketch(String url, Duration timeout) {
    return new PageSketcher(page, loads).sketch(url, timeout);
  }

  @Override
  public Optional<dev.errand.browser.LiveScreen> liveScreen() {
    return Optional.of(new PlaywrightLiveScreen(page));
  }
}
