package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Condition.Hidden;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.AnyOf;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByText;
import dev.errand.recipe.Locator.InFrame;
import dev.errand.recipe.Locator.Selector;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page adapter while {@link BrowserPage#urgent urgent}, against real headless Chromium: the
 * fast path still gives trusted clicks on the right element, and falls back to the careful path
 * (and its messages) whenever the fast one is not safe.
 */
@ExtendWith(SharedBrowser.class)
class UrgentActionsIT {

  private static final Duration T = Duration.ofSeconds(5);

  /** Every test page has an output line that its handlers write to. */
  private static final String OUT =
      "<p id=out></p><script>function out(t){document.getElementById('out').textContent=t}"
          + "</script>\n";

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

  private static <R> R urgently(Supplier<R> action) {
    page.urgent(true);
    try {
      return action.get();
    } finally {
      page.urgent(false);
    }
  }

  private static void assertOut(String expected) {
    urgently(() -> page.waitFor(new Visible(new Selector("#out:text-is('" + expected + "')")), T));
  }

  private static Locator button(String name) {
    return new ByRole("button", name, true);
  }

  @Test
  void clickIsATrustedClickOnTheTarget() {
    open(
        "<button onclick=\"out('buy:' + event.isTrusted)\">Buy</button>"
            + "<button onclick=\"out('other')\">Other</button>");
    assertEquals(
        "{role: button, name: 'Buy', exact: true}", urgently(() -> page.click(button("Buy"), T)));
    assertOut("buy:true");
  }

  @Test
  void clickWaitsForTheButtonToAppearAndBeEnabled() {
    open(
        "<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend',"
            + " \"<button id=b disabled onclick=out('late:'+event.isTrusted)>Late</button>\"), 200);"
            + " setTimeout(() => document.getElementById('b').disabled = false, 400)</script>");
    urgently(() -> page.click(button("Late"), T));
    assertOut("late:true");
  }

  @Test
  void clickScrollsAFarButtonIntoView() {
    open(
        "<div style='height:3000px'></div>"
            + "<button onclick=\"out('far:' + event.isTrusted)\">Far</button>");
    urgently(() -> page.click(button("Far"), T));
    assertOut("far:true");
  }

  @Test
  void aCoveredButtonIsNeverClickedThroughItsCover() {
    open(
        "<button onclick=\"out('clicked')\">Buy</button>"
            + "<div id=consent style='position:fixed;inset:0;background:#0008'>We use cookies</div>"
            + "<script>document.getElementById('consent').onclick = () => out('cover')</script>");
    var e =
        assertThrows(
            BrowserActionException.class,
            () -> urgently(() -> page.click(button("Buy"), Duration.ofSeconds(1))));
    assertEquals(
        "could not click {role: button, name: 'Buy', exact: true}: it is covered by another element"
            + " (<div id=\"consent\">) — a cookie banner or dialog?",
        e.getMessage());
    assertTrue(page.holds(new Hidden(new ByText("cover", true))), "the cover got no click");
    assertTrue(page.holds(new Hidden(new ByText("clicked", true))));
  }

  @Test
  void clickInAFrame() {
    browser.pages().page("/urgent-frame", "<button onclick=\"parent.out('framed')\">Pay</button>");
    open("<iframe id=f src='/urgent-frame'></iframe>");
    Locator any = new AnyOf(List.of(button("Pay now"), new InFrame("#f", button("Pay"))));
    assertEquals(
        "{role: button, name: 'Pay', exact: true} in frame '#f' (2nd of 2)",
        urgently(() -> page.click(any, T)));
    assertOut("framed");
  }

  private static final String SELECTS =
      "<label for=q>Quantity</label><select id=q onchange=\"out('qty:'+this.value)\">"
          + "<option value=''>Choose</option><option>1</option><option>2</option></select>"
          + "<select aria-label=Size oninput=\"this.dataset.input = this.value\""
          + " onchange=\"out('size:' + this.value + ':' + this.dataset.input)\">"
          + "<option value=s-01>Small</option><option value=m-02>Medium</option>"
          + "<option value=l-03 disabled>Large</option></select>";

  @Test
  void nativeSelectFiresInputAndChange() {
    open(SELECTS);
    assertEquals(
        "{label: 'Size'}", urgently(() -> page.select(new ByLabel("Size", false), "Medium", T)));
    assertOut("size:m-02:m-02");
    urgently(() -> page.select(new ByLabel("Quantity", false), "2", T));
    assertOut("qty:2");
  }

  @Test
  void nativeSelectKeepsItsMessages() {
    open(SELECTS);
    var e =
        assertThrows(
            BrowserActionException.class,
            () -> urgently(() -> page.select(new ByLabel("Quantity", false), "5", T)));
    assertEquals("no option '5' in {label: 'Quantity'}; options are 1, 2", e.getMessage());
    var d =
        assertThrows(
            BrowserActionException.class,
            () -> urgently(() -> page.select(new ByLabel("Size", false), "Large", T)));
    assertEquals("option 'Large' in {label: 'Size'} is disabled", d.getMessage());
  }

  private static final String LISTBOX =
      "<div role=combobox aria-label=Size aria-expanded=false aria-controls=lb tabindex=0"
          + " onclick=\"setTimeout(() => document.getElementById('lb').hidden = false, 150)\">"
          + "Pick a size</div>"
          + "<ul role=listbox id=lb hidden>"
          + "<li role=option onclick=\"pick(this, event)\">S</li>"
          + "<li role=option onclick=\"pick(this, event)\">M (2 left)</li>"
          + "<li role=option onclick=\"pick(this, event)\">XL</li></ul>"
          + "<script>function pick(li, e) { out('size:' + li.textContent + ':' + e.isTrusted);"
          + " document.getElementById('lb').hidden = true; }</script>";

  @Test
  void customDropdownGetsTrustedClicks() {
    open(LISTBOX);
    Locator size = new ByRole("combobox", "Size", false);
    urgently(() -> page.select(size, "m", T));
    assertOut("size:M (2 left):true");
    var e =
        assertThrows(BrowserActionException.class, () -> urgently(() -> page.select(size, "L", T)));
    assertEquals(
        "no option 'L' in {role: combobox, name: 'Size'}; options are S, M (2 left), XL",
        e.getMessage());
  }

  @Test
  void fillTypesIntoTheField() {
    open("<label for=n>Name</label><input id=n oninput=\"out('name:' + this.value)\">");
    urgently(() -> page.fill(new ByLabel("Name", false), "Ada", T));
    assertOut("name:Ada");
  }

  @Test
  void waitsSeeHiddenAndVisibleQuickly() {
    open(
        "<p id=spin>Loading…</p><script>setTimeout(() => { document.getElementById('spin')"
            + ".remove(); document.body.insertAdjacentHTML('beforeend', '<p>Ready</p>') }, 200)"
            + "</script>");
    urgently(() -> page.waitFor(new Hidden(new ByText("Loading…", true)), T));
    assertEquals(
        "{text: 'Ready'}", urgently(() -> page.waitFor(new Visible(new ByText("Ready", true)), T)));
    var e =
        assertThrows(
            BrowserActionException.class,
            () ->
                urgently(
                    () ->
                        page.waitFor(
                            new Visible(new ByText("Never", true)), Duration.ofMillis(300))));
    assertEquals("no visible element matches {text: 'Never'} within 300ms", e.getMessage());
  }
}
