package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Condition.Hidden;
import dev.errand.recipe.Condition.UrlMatches;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.AnyOf;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByPlaceholder;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByTestId;
import dev.errand.recipe.Locator.ByText;
import dev.errand.recipe.Locator.InFrame;
import dev.errand.recipe.Locator.Selector;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The page adapter against real headless Chromium and pages served on loopback. */
@ExtendWith(SharedBrowser.class)
class PlaywrightPageIT {

  private static final Duration T = Duration.ofSeconds(5);
  private static final Duration SHORT = Duration.ofMillis(400);

  /** Every test page has an output line that its handlers write to. */
  private static final String OUT =
      "<p id=out></p><script>function out(t){document.getElementById('out').textContent=t}"
          + "</script>\n";

  @TempDir static Path tmp;
  private static LoopbackBrowser browser;
  private static BrowserPage page;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
  }

  /** Serve {@code html} (plus the output line) at a fresh path and open it. */
  private static String open(String html) {
    return browser.open(
        path ->
            "<!doctype html><html><head><title>t"
                + path
                + "</title></head><body>"
                + OUT
                + html
                + "</body></html>",
        T);
  }

  private static void assertOut(String expected) {
    page.waitFor(new Visible(new Selector("#out:text-is('" + expected + "')")), T);
  }

  private static Locator text(String t) {
    return new ByText(t, true);
  }

  // -- locator forms -------------------------------------------------------------------------

  @Test
  void selector() {
    open("<button id=buy onclick=\"out('selector')\">Buy</button>");
    assertEquals("'#buy'", page.click(new Selector("#buy"), T));
    assertOut("selector");
  }

  @Test
  void byRoleExactName() {
    open(
        "<button onclick=\"out('long')\">Add to cart and checkout</button>"
            + "<button onclick=\"out('short')\">Add to cart</button>");
    page.click(new ByRole("button", "Add to cart", true), T);
    assertOut("short");
  }

  @Test
  void byLabelAndPlaceholderFill() {
    open(
        "<label for=em>Email</label><input id=em oninput=\"out('email:'+this.value)\">"
            + "<input placeholder='Postcode' oninput=\"out('zip:'+this.value)\">");
    assertEquals("{label: 'Email'}", page.fill(new ByLabel("Email", false), "a@b.c", T));
    assertOut("email:a@b.c");
    page.fill(new ByPlaceholder("Postcode", true), "10115", T);
    assertOut("zip:10115");
  }

  @Test
  void byTextAndTestId() {
    open(
        "<span onclick=\"out('text')\">Sold by Shop</span>"
            + "<button data-testid=buy-now onclick=\"out('testid')\">Now</button>");
    page.click(text("Sold by Shop"), T);
    assertOut("text");
    page.click(new ByTestId("buy-now"), T);
    assertOut("testid");
  }

  @Test
  void inFrame() {
    browser
        .pages()
        .page(
            "/card",
            "<input placeholder='Card number'"
                + " oninput=\"document.getElementById('echo').textContent='card:'+this.value\">"
                + "<p id=echo></p>");
    open("<iframe id=pay src='/card'></iframe>");
    Locator card = new InFrame("#pay", new ByPlaceholder("Card number", false));
    assertEquals("{placeholder: 'Card number'} in frame '#pay'", page.fill(card, "4242", T));
    assertEquals(
        "{text: 'card:4242'} in frame '#pay'",
        page.waitFor(new Visible(new InFrame("#pay", text("card:4242"))), T));
    assertFalse(page.holds(new Visible(text("card:4242"))), "not in the top document");
  }

  @Test
  void unknownRoleIsAClearError() {
    open("<button>Buy</button>");
    var e =
        assertThrows(
            BrowserActionException.class, () -> page.click(new ByRole("buton", "Buy", false), T));
    assertTrue(e.getMessage().contains("did you mean 'button'"), e.getMessage());
  }

  // -- which element --------------------------------------------------------------------------

  @Test
  void anyOfRecordsWhichMatched() {
    open("<button onclick=\"out('basket')\">Add to basket</button>");
    Locator any = new AnyOf(List.of(text("Buy now"), new ByRole("button", "Add to basket", false)));
    assertEquals("{role: button, name: 'Add to basket'} (2nd of 2)", page.click(any, T));
    assertOut("basket");
  }

  @Test
  void anyOfPrefersListOrderWhenSeveralAreVisible() {
    open("<button onclick=\"out('b')\">B</button><button onclick=\"out('a')\">A</button>");
    Locator any =
        new AnyOf(List.of(new ByRole("button", "A", true), new ByRole("button", "B", true)));
    assertEquals("{role: button, name: 'A', exact: true} (1st of 2)", page.click(any, T));
    assertOut("a");
  }

  @Test
  void anyOfWaitsForALateCandidateAcrossFrames() {
    browser.pages().page("/inner-pay", "<button onclick=\"parent.out('framed')\">Pay</button>");
    open(
        "<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend',"
            + " \"<iframe id=f src='/inner-pay'></iframe>\"), 300)</script>");
    Locator any =
        new AnyOf(
            List.of(
                new ByRole("button", "Pay now", true),
                new InFrame("#f", new ByRole("button", "Pay", true))));
    assertEquals(
        "{role: button, name: 'Pay', exact: true} in frame '#f' (2nd of 2)", page.click(any, T));
    assertOut("framed");
  }

  @Test
  void firstVisibleAmongDuplicates() {
    open(
        "<div style='display:none'><button class=buy onclick=\"out('mobile')\">Buy</button></div>"
            + "<button class=buy onclick=\"out('desktop')\">Buy</button>"
            + "<button class=buy style='visibility:hidden' onclick=\"out('ghost')\">Buy</button>");
    page.click(new Selector(".buy"), T);
    assertOut("desktop");
  }

  @Test
  void elementRenderedLaterByScript() {
    open(
        "<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend',"
            + " \"<button onclick=out('late')>Late</button>\"), 400)</script>");
    page.click(new ByRole("button", "Late", false), T);
    assertOut("late");
  }

  @Test
  void noVisibleMatchSaysSoAndMentionsHiddenOnes() {
    open("<button style='display:none'>Buy</button>");
    long t0 = System.nanoTime();
    var e =
        assertThrows(BrowserActionException.class, () -> page.click(new Selector("button"), SHORT));
    assertEquals(
        "no visible element matches 'button' within 400ms (1 matching element exists but is hidden)",
        e.getMessage());
    assertTrue(System.nanoTime() - t0 < 3_000_000_000L);
    var any =
        assertThrows(
            BrowserActionException.class,
            () -> page.click(new AnyOf(List.of(text("A"), text("B"))), SHORT));
    assertEquals(
        "no visible element matches any of {text: 'A'} | {text: 'B'} within 400ms",
        any.getMessage());
  }

  @Test
  void coveredButtonSaysWhatCoversIt() {
    open(
        "<button onclick=\"out('clicked')\">Buy</button>"
            + "<div id=consent style='position:fixed;inset:0;background:#0008'>We use cookies</div>");
    long t0 = System.nanoTime();
    var e =
        assertThrows(
            BrowserActionException.class,
            () -> page.click(new ByRole("button", "Buy", false), Duration.ofSeconds(1)));
    assertEquals(
        "could not click {role: button, name: 'Buy'}: it is covered by another element"
            + " (<div id=\"consent\">) — a cookie banner or dialog?",
        e.getMessage());
    assertTrue(System.nanoTime() - t0 < 4_000_000_000L);
  }

  // -- select ---------------------------------------------------------------------------------

  private static final String SELECTS =
      "<label for=q>Quantity</label><select id=q onchange=\"out('qty:'+this.value)\">"
          + "<option value=''>Choose</option><option>1</option><option>2</option>"
          + "<option>3</option><option>4</option></select>"
          + "<select aria-label=Size onchange=\"out('size:'+this.value)\">"
          + "<option value=s-01>Small</option><option value=m-02>Medium</option>"
          + "<option value=l-03 disabled>Large</option></select>";

  @Test
  void nativeSelectByLabelThenValue() {
    open(SELECTS);
    assertEquals("{label: 'Size'}", page.select(new ByLabel("Size", false), "Medium", T));
    assertOut("size:m-02");
    page.select(new ByLabel("Size", false), "s-01", T);
    assertOut("size:s-01");
    page.select(new ByLabel("Quantity", false), "3", T);
    assertOut("qty:3");
  }

  @Test
  void nativeSelectListsTheOptionsWhenNoneMatches() {
    open(SELECTS);
    var e =
        assertThrows(
            BrowserActionException.class,
            () -> page.select(new ByLabel("Quantity", false), "5", T));
    assertEquals("no option '5' in {label: 'Quantity'}; options are 1, 2, 3, 4", e.getMessage());
    var d =
        assertThrows(
            BrowserActionException.class,
            () -> page.select(new ByLabel("Size", false), "Large", T));
    assertEquals("option 'Large' in {label: 'Size'} is disabled", d.getMessage());
  }

  private static final String LISTBOX =
      "<div role=combobox aria-label=Size aria-expanded=false tabindex=0"
          + " onclick=\"setTimeout(() => document.getElementById('lb').hidden = false, 150)\">"
          + "Pick a size</div>"
          + "<ul role=listbox id=lb hidden>"
          + "<li role=option onclick=pick(this)>S</li><li role=option onclick=pick(this)>M (2 left)</li>"
          + "<li role=option onclick=pick(this)>XL</li></ul>"
          + "<ul role=listbox hidden><li role=option>L</li></ul>"
          + "<script>function pick(li) { out('size:' + li.textContent);"
          + " document.getElementById('lb').hidden = true; }</script>";

  @Test
  void customDropdownOpensAndPicksTheOption() {
    open(LISTBOX);
    Locator size = new ByRole("combobox", "Size", false);
    assertEquals("{role: combobox, name: 'Size'}", page.select(size, "XL", T));
    assertOut("size:XL");
    page.select(size, "m", T);
    assertOut("size:M (2 left)");
  }

  @Test
  void customDropdownNeverPicksASubstringAndListsTheOptions() {
    open(LISTBOX);
    var e =
        assertThrows(
            BrowserActionException.class,
            () -> page.select(new ByRole("combobox", "Size", false), "L", T));
    assertEquals(
        "no option 'L' in {role: combobox, name: 'Size'}; options are S, M (2 left), XL",
        e.getMessage());
  }

  @Test
  void customMenuAndPlainTextLists() {
    open(
        "<button aria-haspopup=menu onclick=\"document.getElementById('m').hidden=false\">Colour"
            + "</button><div role=menu id=m hidden><div role=menuitem onclick=\"out('red'); m.hidden=true\">Red</div>"
            + "<div role=menuitem onclick=\"out('blue'); m.hidden=true\">Blue</div></div>"
            + "<div class=dd onclick=\"document.getElementById('ship').hidden=false\">Shipping</div>"
            + "<div role=listbox id=ship hidden><div onclick=\"out('express')\">Express</div>"
            + "<div onclick=\"out('standard')\">Standard</div></div>");
    page.select(new ByRole("button", "Colour", false), "Blue", T);
    assertOut("blue");
    page.select(new Selector(".dd"), "Express", T);
    assertOut("express");
    var e =
        assertThrows(
            BrowserActionException.class, () -> page.select(new Selector(".dd"), "Overnight", T));
    assertEquals("no option 'Overnight' in '.dd'; options are Express, Standard", e.getMessage());
  }

  @Test
  void customDropdownUsesTheListItControls() {
    open(
        "<div role=listbox aria-label=Quantity><div role=option onclick=\"out('qty')\">2</div>"
            + "</div><button role=combobox aria-label=Colour aria-controls=colours onclick=\"document"
            + ".getElementById('colours').hidden=false\">Pick</button>"
            + "<div role=listbox id=colours hidden><div role=option onclick=\"out('red')\">Red"
            + "</div><div role=option onclick=\"out('two')\">2 tone</div></div>");
    Locator colour = new ByRole("combobox", "Colour", false);
    page.select(colour, "2", T);
    assertOut("two");
    var e = assertThrows(BrowserActionException.class, () -> page.select(colour, "Blue", T));
    assertEquals(
        "no option 'Blue' in {role: combobox, name: 'Colour'}; options are Red, 2 tone",
        e.getMessage());
  }

  // -- check and press ------------------------------------------------------------------------

  @Test
  void checkAndUncheckNativeAndCustom() {
    open(
        "<input type=checkbox id=terms><label for=terms>I agree</label>"
            + "<div role=checkbox aria-checked=false tabindex=0 id=news onclick=\"this.setAttribute("
            + "'aria-checked', this.getAttribute('aria-checked') === 'true' ? 'false' : 'true')\">"
            + "Newsletter</div>"
            + "<button id=gift aria-pressed=false onclick=\"this.setAttribute('aria-pressed',"
            + " this.getAttribute('aria-pressed') === 'true' ? 'false' : 'true')\">Gift wrap</button>"
            + "<span id=plain>Plain</span>");
    page.check(new ByLabel("I agree", false), true, T);
    assertTrue(page.holds(new Visible(new Selector("#terms:checked"))));
    page.check(new ByLabel("I agree", false), false, T);
    assertTrue(page.holds(new Hidden(new Selector("#terms:checked"))));

    page.check(new ByRole("checkbox", "Newsletter", false), true, T);
    assertTrue(page.holds(new Visible(new Selector("#news[aria-checked=true]"))));
    page.check(new ByRole("checkbox", "Newsletter", false), true, T);
    assertTrue(page.holds(new Visible(new Selector("#news[aria-checked=true]"))), "stays checked");
    page.check(new ByRole("checkbox", "Newsletter", false), false, T);
    assertTrue(page.holds(new Visible(new Selector("#news[aria-checked=false]"))));

    page.check(new Selector("#gift"), true, T);
    assertTrue(page.holds(new Visible(new Selector("#gift[aria-pressed=true]"))));
    page.check(new Selector("#gift"), true, T);
    assertTrue(page.holds(new Visible(new Selector("#gift[aria-pressed=true]"))));

    var e =
        assertThrows(
            BrowserActionException.class, () -> page.check(new Selector("#plain"), true, T));
    assertEquals(
        "could not check '#plain': it has no checked state (not a checkbox, switch or"
            + " toggle button)",
        e.getMessage());
  }

  @Test
  void pressEnterSubmitsTheForm() {
    browser.pages().page("/done", "<h1>Done</h1>");
    open("<form action='/done' method=get><input name=q placeholder=Search></form>");
    page.fill(new ByPlaceholder("Search", false), "shoes", T);
    page.press(new ByPlaceholder("Search", false), "Enter", T);
    assertTrue(page.waitFor(new UrlMatches("**/done?q=shoes"), T).endsWith("/done?q=shoes"));
    assertTrue(page.holds(new UrlMatches("**/done")), "the query string may be left out");
    assertTrue(page.holds(new UrlMatches("/done\\?q=sh/")));
    assertEquals("Done", "Done");
  }

  @Test
  void pressOnTheFocusedElement() {
    open("<input autofocus onkeydown=\"if (event.key === 'Enter') out('enter:'+this.value)\">");
    page.fill(new Selector("input"), "x", T);
    assertEquals("the focused element", page.press(null, "Enter", T));
    assertOut("enter:x");
  }

  // -- conditions ------------------------------------------------------------------------------

  @Test
  void holdsIsInstant() {
    open("<p>In stock</p><p style='display:none'>Sold out</p>");
    assertTrue(page.holds(new Visible(text("In stock"))));
    assertFalse(page.holds(new Visible(text("Sold out"))));
    assertTrue(page.holds(new Hidden(text("Sold out"))));
    assertTrue(page.holds(new Hidden(text("Never there"))));
    assertFalse(page.holds(new Hidden(new AnyOf(List.of(text("Never there"), text("In stock"))))));
  }

  @Test
  void waitForVisibleAndHidden() {
    open(
        "<p id=spin>Loading…</p><script>setTimeout(() => { document.getElementById('spin')"
            + ".remove(); document.body.insertAdjacentHTML('beforeend', '<p>Ready</p>') }, 300)"
            + "</script>");
    assertFalse(page.holds(new Hidden(text("Loading…"))));
    assertEquals("hidden {text: 'Loading…'}", page.waitFor(new Hidden(text("Loading…")), T));
    assertEquals("{text: 'Ready'}", page.waitFor(new Visible(text("Ready")), T));
  }

  @Test
  void waitForTimesOutWithAClearMessage() {
    open("<p>Queue</p>");
    var v =
        assertThrows(
            BrowserActionException.class,
            () -> page.waitFor(new Visible(text("Your turn")), SHORT));
    assertEquals("no visible element matches {text: 'Your turn'} within 400ms", v.getMessage());
    var h =
        assertThrows(
            BrowserActionException.class, () -> page.waitFor(new Hidden(text("Queue")), SHORT));
    assertEquals("{text: 'Queue'} is still visible after 400ms", h.getMessage());
    var u =
        assertThrows(
            BrowserActionException.class, () -> page.waitFor(new UrlMatches("**/checkout"), SHORT));
    assertTrue(
        u.getMessage()
            .startsWith(
                "the page did not reach url **/checkout within 400ms"
                    + " (it is at http://127.0.0.1:"),
        u.getMessage());
  }

  @Test
  void urlWaitSeesScriptNavigationGlobAndRegex() {
    String url =
        open(
            "<script>setTimeout(() => history.pushState({}, '', '/spa/step2?x=1'), 300)"
                + "</script>");
    assertFalse(page.holds(new UrlMatches("**/spa/step2")));
    assertTrue(page.waitFor(new UrlMatches("**/spa/*"), T).endsWith("/spa/step2?x=1"));
    assertTrue(page.holds(new UrlMatches("/step[0-9]/")));
    assertTrue(url.startsWith("http://127.0.0.1:"));
  }

  // -- page-level ------------------------------------------------------------------------------

  @Test
  void screenshotHtmlTitleUrl() throws IOException {
    String url = open("<h1>Hello</h1>");
    Path shot = tmp.resolve("shots/deeper/page.png");
    page.screenshot(shot);
    byte[] head = Arrays.copyOf(Files.readAllBytes(shot), 4);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
    assertTrue(page.html().contains("<h1>Hello</h1>"));
    assertTrue(page.title().startsWith("t/p"));
    assertEquals(url, page.url());
    page.bringToFront();
    page.pause(Duration.ofMillis(20));
  }

  @Test
  void navigationErrorsAreReadableAndTheNextNavigationWorks() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + port + "/";
    var e = assertThrows(BrowserActionException.class, () -> page.navigate(dead, T));
    // nothing listens: a refusal like a 503, retried a bounded number of times, and said plainly
    assertTrue(
        e.getMessage()
            .startsWith(
                "could not open "
                    + dead
                    + ": the site kept giving no answer (connection refused) for "),
        e.getMessage());
    open("<p>Back</p>");
    assertTrue(page.holds(new Visible(text("Back"))));
  }

  @Test
  void reloadReturnsEarly() {
    open("<p>Stock: 0</p>");
    page.reload(T);
    page.waitFor(new Visible(text("Stock: 0")), T);
  }
}
