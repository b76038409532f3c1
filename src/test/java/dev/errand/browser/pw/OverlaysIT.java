package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The overlay handler in real headless Chromium, on the markup of consent managers and pop-ups
 * (src/test/resources/overlays): what it closes, with which control, what it leaves alone, and what
 * a look costs when nothing is there. Each fixture sits over a page with a Buy button; what the
 * page's controls did is written into #out.
 */
@ExtendWith(SharedBrowser.class)
class OverlaysIT {

  private static final Duration T = Duration.ofSeconds(5);
  private static final Locator BUY = new ByRole("button", "Buy", true);

  private static LoopbackBrowser browser;
  private static BrowserPage page;
  private static Page pw;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
    pw = ((PlaywrightPage) page).playwrightPage();
  }

  private static void open(String fixture) {
    browser.open(
        path ->
            "<!doctype html><html><head><title>Shop</title><script>function out(s) {"
                + " document.getElementById('out').textContent += s + ';' }</script></head><body>"
                + "<main style='height:100vh;display:flex;align-items:center;justify-content:center'>"
                + "<button onclick=\"out('buy')\">Buy</button></main><div id=out></div>"
                + fixture(fixture)
                + "</body></html>",
        T);
  }

  private static String fixture(String name) {
    if (name.isEmpty()) {
      return "";
    }
    try (InputStream in = OverlaysIT.class.getResourceAsStream("/overlays/" + name + ".html")) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String out() {
    return pw.textContent("#out");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "quantcast         | the Quantcast Choice cookie banner (AGREE)            | agree;",
        "trustarc          | the TrustArc cookie banner (Accept All Cookies)       | accept;",
        "usercentrics      | the Usercentrics cookie banner (Accept All)           | accept;",
        "generic-german    | the cookie banner (Alle akzeptieren)                  | accept;",
        "newsletter-klaviyo| the pop-up \"Unlock 15% off\" (Close dialog)          | closed;",
        "newsletter-escape | the pop-up \"Get 10% off today\" (Escape)             | escaped;"
      })
  void eachOverlayIsClosedByItsAnswerAndTheTargetIsFree(String fixture, String said, String did) {
    open(fixture);
    assertEquals(List.of(said), page.dismissOverlays(List.of(), Optional.empty()));
    assertEquals(did, out());
    page.click(BUY, T);
    assertEquals(did + "buy;", out());
    assertEquals(List.of(), page.dismissOverlays(List.of(), Optional.empty()), "nothing left");
  }

  @Test
  void aDialogThePurchaseNeedsIsLeftAlone() {
    open("seat-dialog");
    assertEquals(List.of(), page.dismissOverlays(List.of(), Optional.empty()));
    assertEquals("", out());
  }

  @Test
  void aLinkOffTheSiteIsNeverClickedAndAnEscapeThatDidNothingIsNotReported() {
    open("newsletter-offsite");
    assertEquals(List.of(), page.dismissOverlays(List.of(), Optional.empty()));
    assertEquals("", out());
  }

  @Test
  void theBoxHoldingTheNextStepsTargetIsLeftAlone() {
    open("generic-german");
    Locator accept = new ByRole("button", "Alle akzeptieren", false);
    assertEquals(List.of(), page.dismissOverlays(List.of(), Optional.of(accept)));
    assertEquals("", out());
  }

  @Test
  void aDismissRuleIsClickedWhenItShowsButNeverOnAPayControl() {
    open("consent-pay");
    Locator pay = new ByText("Accept and pay", false);
    assertEquals(List.of(), page.dismissOverlays(List.of(pay), Optional.empty()));
    assertEquals("", out(), "the pay button was not pressed");

    open("seat-dialog");
    Locator ok = new ByRole("button", "OK", true);
    assertEquals(
        List.of("{role: button, name: 'OK', exact: true} (a dismiss rule)"),
        page.dismissOverlays(List.of(ok), Optional.empty()));
    assertEquals("ok;", out());
  }

  @Test
  void aDismissRuleAnswersABannerBeforeTheBuiltInHandlerDoes() {
    browser.open(
        path ->
            "<!doctype html><html><head><title>Shop</title></head><body><h1>Shop</h1><script>"
                + demoScript("consent-onetrust.js")
                + "</script></body></html>",
        T);
    page.waitFor(
        new dev.errand.recipe.Condition.Visible(
            new dev.errand.recipe.Locator.Selector("#onetrust-accept-btn-handler")),
        T);
    Locator reject = new ByRole("button", "Reject All", false);
    assertEquals(
        List.of("{role: button, name: 'Reject All'} (a dismiss rule)"),
        page.dismissOverlays(List.of(reject), Optional.empty()));
    String cookies = String.valueOf(pw.evaluate("() => decodeURIComponent(document.cookie)"));
    assertTrue(cookies.contains("groups=C0001:1,C0002:0"), cookies);
  }

  private static String demoScript(String name) {
    try (InputStream in = OverlaysIT.class.getResourceAsStream("/demo/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aLookWhenNothingCoversThePageTakesMilliseconds() {
    open("");
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long t0 = System.nanoTime();
      assertEquals(List.of(), page.dismissOverlays(List.of(), Optional.empty()));
      micros.add((System.nanoTime() - t0) / 1_000);
    }
    Collections.sort(micros);
    long median = micros.get(micros.size() / 2);
    System.out.println(
        "overlay look on an empty page: median "
            + median
            + " µs, max "
            + micros.get(micros.size() - 1)
            + " µs");
    // generous: a look is one evaluate (a few ms); a wait would be hundreds
    assertTrue(median < 50_000, "median " + median + " µs");
  }
}
