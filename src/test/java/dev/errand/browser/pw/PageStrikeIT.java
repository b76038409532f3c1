package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.Strike;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.AnyOf;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByText;
import dev.errand.recipe.Locator.Selector;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import dev.errand.recipe.Verdict;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import dev.errand.timing.SwitchableSiteClock;
import dev.errand.timing.sync.OffsetBounds;
import dev.errand.timing.sync.SyncResult;
import dev.errand.timing.sync.SyncedSiteClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strike inside the page ({@code strike.js}), against real headless Chromium: it does the steps
 * it covers without a round trip each, carries on across its own reload, and stops before anything
 * it should not do by itself (a covered control, payment wording, a page that never shows the
 * control), leaving that step untouched for errand's normal path.
 */
@ExtendWith(SharedBrowser.class)
class PageStrikeIT {

  private static final Duration T = Duration.ofSeconds(3);

  /** Every test page has an output line that its handlers write to. */
  private static final String OUT =
      "<p id=out></p><script>function out(t){document.getElementById('out').textContent+=t+';'}"
          + "</script>\n";

  /** A custom dropdown as shops build them: a button with a listbox that script opens. */
  private static final String COMBO =
      "<label id=tl>Ticket type</label>"
          + "<button type=button id=tt role=combobox aria-expanded=false aria-controls=tlist"
          + " aria-labelledby=tl>Choose</button>"
          + "<ul id=tlist role=listbox hidden>"
          + "<li role=option id=o1>Seated — £60.00</li><li role=option id=o2>Standing — £45.00</li>"
          + "</ul><script>"
          + "const tt = document.getElementById('tt'), tl = document.getElementById('tlist');"
          + "tt.addEventListener('click', () => { tl.hidden = !tl.hidden;"
          + " tt.setAttribute('aria-expanded', String(!tl.hidden)); });"
          + "tl.addEventListener('mousedown', e => e.preventDefault());"
          + "tl.addEventListener('click', e => { const o = e.target.closest('[role=option]');"
          + " out('type:' + o.textContent.split(' ')[0]); tt.textContent = o.textContent;"
          + " tl.hidden = true; tt.setAttribute('aria-expanded', 'false'); });</script>";

  private static final String QUANTITY =
      "<label for=q>Quantity</label><select id=q onchange=\"out('qty:' + this.value)\">"
          + "<option value=''>Choose…</option><option>1</option><option>2</option></select>";

  private static LoopbackBrowser browser;
  private static BrowserPage page;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
  }

  private static void open(String html) {
    browser.open(OUT + html, T);
  }

  private static Strike.Struck strike(Step... steps) {
    try (Strike strike = page.prepareStrike(List.of(steps), s -> T)) {
      assertEquals(steps.length, strike.covers(), "the page should cover every step");
      strike.fire();
      return strike.outcome();
    }
  }

  private static String out() {
    return ((PlaywrightPage) page).playwrightPage().textContent("#out");
  }

  private static Step click(Locator target) {
    return new Step.Click(target, StepOptions.DEFAULT);
  }

  private static Step select(Locator target, String option) {
    return new Step.Select(target, new Value(option, false), StepOptions.DEFAULT);
  }

  private static Step waitFor(Condition condition) {
    return new Step.WaitFor(condition, StepOptions.DEFAULT);
  }

  private static ByRole button(String name) {
    return new ByRole("button", name, false);
  }

  @Test
  void customAndNativeSelectsAndTheClickAllRunInsideThePage() {
    open(
        "<form onsubmit=\"event.preventDefault(); out('submitted:' + event.isTrusted)\">"
            + COMBO
            + QUANTITY
            + "<button type=submit>Add to basket</button></form>");
    Strike.Struck struck =
        strike(
            waitFor(
                new Visible(
                    new AnyOf(List.of(new ByRole("combobox", "Ticket type", false), soldOut())))),
            select(new ByRole("combobox", "Ticket type", false), "Standing"),
            select(new ByLabel("Quantity", false), "2"),
            click(button("Add to basket")));
    assertEquals(Optional.empty(), struck.stoppedBecause());
    assertEquals(4, struck.steps().size());
    assertEquals(Optional.of("errand's call at the instant started the steps"), struck.start());
    assertEquals(
        Optional.of("{role: combobox, name: 'Ticket type'} (1st of 2)"),
        struck.steps().get(0).matched());
    // the form was submitted (by the browser, after a dispatched click), after both choices
    assertEquals("type:Standing;qty:2;submitted:true;", out());
  }

  @Test
  void itWaitsForTheControlThePageRevealsAndTakesItAtOnce() {
    open("<p>Tickets on sale soon</p>");
    try (Strike strike =
        page.prepareStrike(
            List.of(waitFor(new Visible(button("Buy tickets"))), click(button("Buy tickets"))),
            s -> T)) {
      strike.fire();
      // the page's own script shows the button only now, after the strike started waiting
      ((PlaywrightPage) page)
          .playwrightPage()
          .evaluate(
              "() => setTimeout(() => document.body.insertAdjacentHTML('beforeend',"
                  + " \"<button onclick=out('late')>Buy tickets</button>\"), 100)");
      Strike.Struck struck = strike.outcome();
      assertEquals(2, struck.steps().size());
      assertTrue(
          struck.steps().get(0).took().toMillis() >= 50, "it waited: " + struck.steps().get(0));
    }
    assertEquals("late;", out());
  }

  @Test
  void givenTheInstantAheadThePageStartsByItselfNotBeforeItAndErrandsFireStartsNothingMore() {
    open("<button onclick=\"out('clicked')\">Buy tickets</button>");
    try (Strike strike = page.prepareStrike(List.of(click(button("Buy tickets"))), s -> T)) {
      Instant target = Instant.now().plusMillis(400);
      strike.startAt(target, InstantSource.system());
      // errand has not fired: the page clicks by itself
      ((PlaywrightPage) page)
          .playwrightPage()
          .waitForFunction("() => document.getElementById('out').textContent.includes('clicked')");
      Instant seen = Instant.now();
      strike.fire();
      Strike.Struck struck = strike.outcome();
      assertEquals(Optional.empty(), struck.stoppedBecause());
      assertEquals(1, struck.steps().size());
      assertTrue(
          struck.start().orElseThrow().startsWith("the page started the steps itself"),
          struck.toString());
      Instant started = struck.steps().get(0).started();
      // the page's clock, which may differ from this one by a little: a millisecond allowed
      assertFalse(started.isBefore(target.minusMillis(1)), started + " is before " + target);
      assertTrue(started.isBefore(seen), started + " is after errand saw the click at " + seen);
    }
    assertEquals("clicked;", out(), "clicked once: errand's fire started nothing more");
  }

  @Test
  void errandsLateCallStartsNothingInTheDocumentTheStrikesOwnClickBrought() {
    browser
        .pages()
        .page(
            "/next",
            "<!doctype html><html><body>"
                + OUT
                + "<a href=/next onclick=\"out('again'); return false\">Buy tickets</a>"
                + "</body></html>");
    open("<a href=/next>Buy tickets</a>");
    try (Strike strike =
        page.prepareStrike(List.of(click(new ByRole("link", "Buy tickets", false))), s -> T)) {
      strike.startAt(Instant.now().plusMillis(300), InstantSource.system());
      // the page follows its own link by itself, to a page with the same link
      com.microsoft.playwright.Page tab = ((PlaywrightPage) page).playwrightPage();
      tab.waitForCondition(
          () -> tab.url().endsWith("/next") && tab.locator("a[onclick]").count() > 0);
      strike.fire(); // late: the document the click brought is the page's now
      Strike.Struck struck = strike.outcome();
      assertTrue(
          struck.start().orElseThrow().startsWith("the page started the steps itself"),
          struck.toString());
    }
    assertEquals("", out(), "nothing clicked in the new document");
  }

  @Test
  void aPageWhoseOwnStartWentWithItsDocumentIsStartedByErrandsCallAfterTheGrace() {
    open("<button onclick=\"out('clicked')\">Buy tickets</button>");
    try (Strike strike = page.prepareStrike(List.of(click(button("Buy tickets"))), s -> T)) {
      strike.startAt(Instant.now().plusSeconds(60), InstantSource.system());
      // the page goes to another document by itself: its timer goes with the old one
      open("<button onclick=\"out('clicked')\">Buy tickets</button>");
      long before = System.nanoTime();
      strike.fire();
      long firing = System.nanoTime() - before;
      Strike.Struck struck = strike.outcome();
      assertEquals(Optional.empty(), struck.stoppedBecause());
      assertEquals(1, struck.steps().size());
      assertTrue(
          struck.start().orElseThrow().startsWith("errand's call 10 ms after the instant started"),
          struck.toString());
      assertTrue(
          firing >= PlaywrightStrike.GRACE.toNanos(),
          "errand's call waited the grace: " + firing / 1e6 + " ms");
    }
    assertEquals("clicked;", out());
  }

  @Test
  void aSyncThatFinishesAfterTheTargetWasHandedOnMovesThePagesStartWithItsMargin()
      throws Exception {
    open("<button onclick=\"out('clicked')\">Buy tickets</button>");
    SwitchableSiteClock clock = new SwitchableSiteClock(SiteClock.local());
    // the sync says: the site is 30 ms ahead of this machine, give or take 40 ms
    OffsetBounds bounds = OffsetBounds.of(Duration.ofMillis(-10), Duration.ofMillis(70));
    SyncedSiteClock synced =
        new SyncedSiteClock(
            new SyncResult(
                URI.create("http://127.0.0.1/"),
                bounds.midpoint(),
                bounds.halfWidth(),
                bounds,
                Duration.ofMillis(1),
                12,
                List.of(),
                List.of(),
                null,
                false,
                "/"));
    Instant instant = Instant.now().plusMillis(3_200);
    Thread sync =
        new Thread(
            () -> {
              try {
                // after the page was handed the target (2 s before it), before the instant
                Thread.sleep(
                    Math.max(0, Duration.between(Instant.now(), instant).toMillis() - 900));
              } catch (InterruptedException e) {
                return;
              }
              clock.switchTo(synced);
            });
    try (Strike strike = page.prepareStrike(List.of(click(button("Buy tickets"))), s -> T)) {
      List<Instant> told = new ArrayList<>();
      sync.start();
      ReleaseWaiter.Fired fired =
          new ReleaseWaiter(clock, page::pause)
              .waitUntil(
                  instant,
                  left -> {},
                  new ReleaseWaiter.Ahead() {
                    @Override
                    public void target(Instant target, InstantSource siteClock) {
                      told.add(target);
                      strike.startAt(target, siteClock);
                    }

                    @Override
                    public void withdraw() {
                      strike.withdrawStart();
                    }
                  });
      strike.fire();
      Strike.Struck struck = strike.outcome();
      sync.join(5_000);
      assertEquals(List.of(instant, instant.plusMillis(40)), told, "handed on again");
      assertTrue(fired.handedOn());
      assertEquals(instant.plusMillis(40), fired.planned());
      assertEquals(1, struck.steps().size(), struck.toString());
      // on the site clock as errand knows it at the end, the click is never before instant + margin
      Instant startedOnSite = synced.at(struck.steps().get(0).started());
      assertFalse(
          startedOnSite.isBefore(instant.plusMillis(40).minusMillis(1)),
          "the page started at "
              + Duration.between(instant, startedOnSite).toNanos() / 1e6
              + " ms on the site clock, before the margin of 40 ms");
    }
    assertEquals("clicked;", out());
  }

  @Test
  void aCoveredButtonStopsTheStrikeUnclicked() {
    open(
        "<button onclick=\"out('clicked')\">Add to basket</button>"
            + "<div style='position:fixed;inset:0;background:#0008'>Cookies?</div>");
    Strike.Struck struck = strike(click(button("Add to basket")));
    assertEquals(0, struck.steps().size());
    assertEquals(Optional.of("covered"), struck.stoppedBecause());
    assertEquals("", out());
  }

  @Test
  void paymentWordingIsLeftToTheNormalPathWhichRefusesIt() {
    open("<button onclick=\"out('paid')\">Pay £90.00</button>");
    Strike.Struck struck = strike(click(button("Pay")));
    assertEquals(Optional.of("payment wording"), struck.stoppedBecause());
    assertEquals("", out());
  }

  @Test
  void buyWordingStopsOnlyWherePaymentEntryIsOnThePage() {
    open("<button onclick=\"out('basket')\">Buy tickets</button>");
    assertEquals(1, strike(click(button("Buy tickets"))).steps().size());
    assertEquals("basket;", out());
    open(
        "<input autocomplete=cc-number aria-label='Card number'>"
            + "<button onclick=\"out('paid')\">Buy now</button>");
    assertEquals(Optional.of("payment wording"), strike(click(button("Buy now"))).stoppedBecause());
    assertEquals("", out());
    open(
        "<p>Pay with Visa <span>•••• 4242</span> (saved)</p>"
            + "<button onclick=\"out('paid')\">Buy now</button>");
    assertEquals(Optional.of("payment wording"), strike(click(button("Buy now"))).stoppedBecause());
    assertEquals("", out(), "a saved card makes it a payment step too");
  }

  @Test
  void itsReloadCarriesOnInTheNextDocumentAndOnlyThere() {
    // The button exists only in a reloaded document, as a sale's form after the release.
    open(
        "<script>if (performance.getEntriesByType('navigation')[0].type === 'reload')"
            + " document.write(\"<button onclick=out('bought')>Buy</button>\")</script>");
    Strike.Struck struck =
        strike(
            new Step.Reload(StepOptions.DEFAULT),
            waitFor(new Visible(button("Buy"))),
            click(button("Buy")));
    assertEquals(Optional.empty(), struck.stoppedBecause());
    assertEquals(3, struck.steps().size());
    assertEquals("bought;", out());
    // taken out of the page: another reload does not run the steps again
    page.reload(T);
    page.waitFor(new Visible(button("Buy")), T);
    assertEquals("", out());
  }

  /**
   * The strike's reports wait until its last request is out: a click that takes the page to its
   * next document at once (a static loopback page, here before the reports' settle time) leaves
   * them to that document, which passes them on; nothing is done twice.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"127.0.0.1", "localhost"})
  void aClickThatLeavesTheDocumentAtOnceStillReportsEveryStep(String host) {
    browser.pages().page("/next", "<!doctype html><p id=out>next page</p>");
    String next = browser.pages().url("/next").replace("127.0.0.1", host);
    open(QUANTITY + "<a href='" + next + "'>Add to basket</a>");
    Strike.Struck struck =
        strike(
            select(new ByLabel("Quantity", false), "2"),
            click(new ByRole("link", "Add to basket", false)));
    assertEquals(Optional.empty(), struck.stoppedBecause(), "to " + host);
    assertEquals(2, struck.steps().size(), "to " + host);
    assertEquals("next page", out());
  }

  @Test
  void aReloadWhoseConditionDoesNotHoldIsSkipped() {
    open("<button onclick=\"out('bought')\">Buy</button>");
    Strike.Struck struck =
        strike(
            new Step.Reload(
                new StepOptions(
                    false,
                    Optional.of(new Condition.Hidden(button("Buy"))),
                    Optional.empty(),
                    SourcePos.UNKNOWN)),
            click(button("Buy")));
    assertTrue(struck.steps().get(0).skipped());
    assertEquals("bought;", out());
  }

  @Test
  void anOptionalWaitThatRunsOutFailsAndTheNextStepRuns() {
    open("<button onclick=\"out('bought')\">Buy</button>");
    Step optionalWait =
        new Step.WaitFor(
            new Visible(new ByText("Sale open", false)),
            new StepOptions(true, Optional.empty(), Optional.empty(), SourcePos.UNKNOWN));
    try (Strike strike =
        page.prepareStrike(
            List.of(optionalWait, click(button("Buy"))), s -> Duration.ofMillis(200))) {
      strike.fire();
      Strike.Struck struck = strike.outcome();
      assertEquals(2, struck.steps().size());
      assertTrue(struck.steps().get(0).failed().isPresent());
      assertFalse(struck.steps().get(1).failed().isPresent());
    }
    assertEquals("bought;", out());
  }

  @Test
  void aUrlGlobReadsTheUrlAsTheNormalPathDoes() {
    String url = browser.open("<p>Security check</p>", T);
    page.navigate(url + "?next=/checkout", T);
    Strike.Struck struck =
        strike(
            new Step.Expect(
                new Condition.UrlMatches("**/checkout"),
                Verdict.FAILED,
                Optional.empty(),
                StepOptions.DEFAULT));
    // like UrlPattern: without a '?', the glob speaks of the URL without its query string
    assertEquals(Optional.of("does not hold"), struck.stoppedBecause());
    assertEquals(
        1,
        strike(
                new Step.Expect(
                    new Condition.UrlMatches("**/p*?next=/checkout"),
                    Verdict.FAILED,
                    Optional.empty(),
                    StepOptions.DEFAULT))
            .steps()
            .size());
  }

  @Test
  void textInsideScriptsIsNotText() {
    open("<script>const label = 'Sold out';</script><p>On sale</p>");
    Strike.Struck struck =
        strike(
            new Step.Expect(
                new Condition.Hidden(soldOut()),
                Verdict.SOLD_OUT,
                Optional.empty(),
                StepOptions.DEFAULT));
    assertEquals(1, struck.steps().size());
  }

  @Test
  void stepsBeyondThePagesReachEndWhatItCovers() {
    open("<button>Buy</button>");
    List<Step> steps =
        List.of(
            click(button("Buy")),
            new Step.Screenshot("x", false, StepOptions.DEFAULT),
            click(button("Buy")));
    try (Strike strike = page.prepareStrike(steps, s -> T)) {
      assertEquals(1, strike.covers());
    }
    Step secret =
        new Step.Fill(new ByLabel("Password", false), new Value("p", true), StepOptions.DEFAULT);
    Step playwrightSyntax = click(new Selector("text=Buy"));
    Step inFrame = click(new Locator.InFrame("iframe", button("Buy")));
    for (Step first : List.of(secret, playwrightSyntax, inFrame)) {
      try (Strike strike = page.prepareStrike(List.of(first), s -> T)) {
        assertEquals(0, strike.covers(), first.describe());
      }
    }
  }

  private static ByText soldOut() {
    return new ByText("Sold out", false);
  }

  @Test
  void aCardFieldKnownOnlyByItsLabelStopsThePageBeforeItTypesAndTheCardNumberNeverGoesIn() {
    open(
        "<label>Full name <input id=name oninput=\"out('name')\"></label>"
            + "<label>Security code <input id=sc oninput=\"out('sc')\"></label>");
    Strike.Struck struck =
        strike(
            new Step.Fill(new ByLabel("Full name", false), Value.of("Alex"), StepOptions.DEFAULT),
            new Step.Fill(
                new ByLabel("Security code", false), Value.of("123"), StepOptions.DEFAULT));
    assertEquals(1, struck.steps().size(), struck.toString());
    assertEquals(Optional.of("a card field"), struck.stoppedBecause());
    assertEquals("name;", out(), "the security code was never typed");
    Step card =
        new Step.Fill(
            new ByLabel("Full name", false), Value.of("4242 4242 4242 4242"), StepOptions.DEFAULT);
    try (Strike strike = page.prepareStrike(List.of(card), s -> T)) {
      assertEquals(
          0, strike.covers(), "a card number is left to the normal path, which refuses it");
    }
  }
}
