package dev.errand.browser.pw;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.Strike;
import dev.errand.browser.strike.PageClockFit;
import dev.errand.browser.strike.PageStart;
import dev.errand.browser.strike.StrikePlan;
import dev.errand.browser.strike.StrikeReports;
import dev.errand.browser.strike.StrikeScript;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Strike} on a Playwright page: {@code strike.js} with its {@link StrikePlan}, installed
 * in the current document (started at the instant by the page itself, on its clock read against the
 * site clock just before, or else by one DevTools call) and as an init script for the next
 * document, which carries on where a reload of the plan left off, and passes on the reports of a
 * document the page left before it sent them. The page reports its steps through a binding once
 * they are over and its last request is out; errand reads nothing from the browser for {@link
 * #QUIET} after its call at the instant, then waits for the end with {@code waitForCondition},
 * which sends nothing to the page meanwhile. No step waits for a message to or from errand (what
 * that saves: docs/measurements.md).
 */
final class PlaywrightStrike implements Strike {

  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightStrike.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How many times the page's clock is read against errand's before the instant. */
  private static final int CLOCK_READINGS = 5;

  /** Beyond the steps' own time: the reload's new document, and the reports' trip. */
  private static final Duration SLACK = Duration.ofSeconds(10);

  /**
   * How long after its call at the instant errand reads nothing from the browser: the page runs the
   * steps meanwhile, and errand's own handling of the browser's messages (a reload's and a form's
   * requests, responses and documents) would take a core from it (docs/measurements.md). A strike
   * that hands a step back within it is taken up when it ends.
   */
  static final Duration QUIET = Duration.ofMillis(300);

  /**
   * When the page was set to start the steps itself (at the target plus how closely its clock was
   * read), errand's call comes this much after the target: the page's own start goes first, and
   * errand's call, which starts nothing then, does not arrive in the middle of it. A page whose
   * timer did not run is started this much late.
   */
  static final Duration GRACE = Duration.ofMillis(10);

  private final Page page;
  private final StrikePlan plan;
  private final String go;
  private final String script;
  private final String stash;
  private final String begun;
  private final StrikeReports reports = new StrikeReports();
  private final List<AutoCloseable> installed = new ArrayList<>();

  /** The page's DevTools session for errand's call at the instant, opened with the strike. */
  private final CDPSession devtools;

  /** Set when the page was told to start by itself: how closely its clock was read. */
  private Optional<Duration> selfStart = Optional.empty();

  private Optional<String> start = Optional.empty();
  private boolean fired;
  private final QuietWindow quiet = new QuietWindow(QUIET, System::nanoTime);
  private Optional<String> failure = Optional.empty();

  private PlaywrightStrike(Page page, StrikePlan plan) {
    this.page = page;
    this.plan = plan;
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String nonce = HexFormat.of().formatHex(bytes);
    this.go = "__errandStrike_" + nonce;
    String binding = "__errandStrikeReport_" + nonce;
    String key = "errand-strike-" + nonce;
    this.stash = key + ":reports"; // strike.js's STASH
    this.begun = key + ":begun"; // strike.js's BEGUN
    this.script = StrikeScript.program(plan.json(binding, go, key, false));
    installed.add(page.exposeBinding(binding, (source, args) -> report(args)));
    CDPSession session = page.context().newCDPSession(page);
    this.devtools = session;
    installed.add(session::detach);
    installed.add(page.addInitScript(StrikeScript.program(plan.json(binding, go, key, true))));
    page.evaluate(script);
  }

  /** The strike for {@code plan}, installed in {@code page}; none when it covers nothing. */
  static Strike prepare(Page page, StrikePlan plan) {
    if (plan.covers() == 0) {
      return Strike.none();
    }
    PlaywrightStrike strike = null;
    try {
      strike = new PlaywrightStrike(page, plan);
      return strike;
    } catch (PlaywrightException e) {
      LOG.debug("could not set the strike up in the page; the normal path runs it", e);
      if (strike != null) {
        strike.close();
      }
      return Strike.none();
    }
  }

  @Override
  public int covers() {
    return plan.covers();
  }

  /**
   * Reads the page's clock against {@code clock} a few times and has the page start itself when its
   * clock says the target is reached: the instant then waits for no message from errand.
   */
  @Override
  public void startAt(Instant target, InstantSource clock) {
    try {
      List<PageClockFit.Reading> readings = new ArrayList<>();
      for (int i = 0; i < CLOCK_READINGS; i++) {
        Instant before = clock.instant();
        Object read = page.evaluate("() => performance.timeOrigin + performance.now()");
        Instant after = clock.instant();
        readings.add(new PageClockFit.Reading(before, ((Number) read).doubleValue(), after));
      }
      PageClockFit fit = PageClockFit.of(readings).orElseThrow();
      Object set =
          page.evaluate(
              "([go, at]) => { const f = window[go + 'At']; if (typeof f !== 'function') return false;"
                  + " f(at); return true; }",
              List.of(go, fit.pageMillisFor(target)));
      if (Boolean.TRUE.equals(set)) {
        selfStart = Optional.of(fit.spread());
      }
      LOG.debug("the page starts the strike itself at {} (±{}): {}", target, fit.spread(), set);
    } catch (PlaywrightException | ClassCastException e) {
      LOG.debug("the page does not start the strike itself; errand's fire will", e);
    }
  }

  @Override
  public void withdrawStart() {
    try {
      page.evaluate(
          "go => { const f = window[go + 'At']; if (typeof f === 'function') f(null); }", go);
      selfStart = Optional.empty();
    } catch (PlaywrightException e) {
      // The page is changing documents or gone, and its timer with it: the next document runs
      // the strike only where a reload of it left off, never by a timer.
      LOG.debug("could not withdraw the page's own start", e);
    }
  }

  @Override
  public void fire() {
    quiet.begin();
    int before = reports.size();
    try {
      if (selfStart.isPresent()) {
        new QuietWindow(GRACE, System::nanoTime).beginAndAwait();
      }
      PageStart found = PageStart.of(startInPage());
      if (found != PageStart.ALREADY) {
        // Said before the strike started: a document the page went to by itself while errand
        // waited ("not mine"). What came during the call above is the strike's.
        reports.forgetFirst(before);
      }
      if (found == PageStart.GONE) {
        // The page changed documents since the strike was set up: set it up again, then go.
        page.evaluate(script);
        page.evaluate("go => window[go]()", go);
      }
      start = Optional.of(startedBy(found));
      fired = true;
    } catch (PlaywrightException e) {
      if (selfStart.isPresent()) {
        // The page started by itself and is already going to another document (its reload, or a
        // click that navigates): what it did comes in its reports.
        LOG.debug("the strike's page is changing documents; its reports will say what it did", e);
        start =
            Optional.of(
                "errand's call at the instant found the page changing documents; the page was set"
                    + " to start the steps itself, and its reports say what it did");
        fired = true;
        return;
      }
      LOG.debug("could not start the strike in the page", e);
      failure = Optional.of("it did not start: " + PlaywrightErrors.headline(e));
    } catch (IllegalArgumentException e) {
      LOG.debug("the strike's start gave an unknown answer", e);
      failure = Optional.of("it did not start: " + e.getMessage());
    }
  }

  /**
   * {@link PageStart#SCRIPT} in the page's current document, by one DevTools call: an expression
   * with no arguments, so Playwright sets up nothing in a document the page is just loading.
   */
  private Object startInPage() {
    JsonObject call = new JsonObject();
    call.addProperty("expression", "(" + PageStart.SCRIPT + ")(" + new JsonPrimitive(go) + ")");
    call.addProperty("returnByValue", true);
    JsonObject answer = devtools.send("Runtime.evaluate", call);
    if (answer.has("exceptionDetails")) {
      throw new PlaywrightException("the strike's start threw in the page");
    }
    return answer.getAsJsonObject("result").get("value").getAsString();
  }

  /** How the steps started, from what errand's call at the instant found. */
  private String startedBy(PageStart found) {
    if (found == PageStart.ALREADY) {
      return String.format(
          Locale.ROOT,
          "the page started the steps itself at the instant, on its own clock (read within %.1f"
              + " ms of the site clock's)",
          selfStart.orElseThrow().toNanos() / 1e6);
    }
    return selfStart.isPresent()
        ? "errand's call "
            + GRACE.toMillis()
            + " ms after the instant started the steps: the page had not (another document,"
            + " or its timer held back)"
        : "errand's call at the instant started the steps";
  }

  @Override
  public Struck outcome() {
    if (fired) {
      quiet.await();
      try {
        page.waitForCondition(
            reports::over,
            new Page.WaitForConditionOptions().setTimeout((double) budget().toMillis()));
      } catch (PlaywrightException e) {
        LOG.debug("the strike in the page ended early", e);
        failure = Optional.of("the page stopped answering: " + PlaywrightErrors.headline(e));
      }
    }
    return reports.struck(plan, failure, start);
  }

  @Override
  public void close() {
    try {
      page.evaluate(
          "ks => { try { ks.forEach((k) => sessionStorage.removeItem(k)); } catch (e) {} }",
          List.of(stash, begun));
    } catch (PlaywrightException e) {
      LOG.debug("could not clear the strike's reports from the page's session storage", e);
    }
    for (AutoCloseable a : installed) {
      try {
        a.close();
      } catch (Exception e) {
        LOG.debug("could not take the strike out of the page", e);
      }
    }
    installed.clear();
  }

  /** A batch of the page's reports, in order; one sent again (the same seq) is taken once. */
  private @Nullable Object report(Object[] args) {
    try {
      reports.hear(StrikeReports.parse(String.valueOf(args[0])));
      LOG.debug("strike report at {}: {}", Instant.now(), args[0]);
    } catch (IOException e) {
      LOG.debug("unreadable strike report {}", args[0], e);
    }
    return null;
  }

  private Duration budget() {
    return plan.budget().plus(SLACK);
  }
}
