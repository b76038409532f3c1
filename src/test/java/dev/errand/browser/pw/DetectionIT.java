package dev.errand.browser.pw;

import static dev.errand.browser.Detection.Kind.CHALLENGE;
import static dev.errand.browser.Detection.Kind.PAYMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.browser.Detection.Kind;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.CardEntry;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.recipe.Condition.UrlMatches;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.InFrame;
import dev.errand.recipe.Locator.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generic detection of challenges and payment entry in real headless Chromium: the demo shop's
 * widget and its stand-ins for real ones, its payment page (card fields in a frame or not), normal
 * pages, hidden markup, and well-known markup served on loopback. Where a person solves or pays,
 * the test plays the person with Playwright directly; errand's port only looks.
 */
@ExtendWith(SharedBrowser.class)
class DetectionIT {

  private static final Duration T = Duration.ofSeconds(10);
  private static final String CARD_FRAME = "iframe[title='Secure card payment']";
  private static final Locator PAY = new ByRole("button", "Pay £90.00", true);

  private static LoopbackBrowser browser;
  private static BrowserPage page;
  private static Page pw;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
    pw = ((PlaywrightPage) page).playwrightPage();
  }

  private static DemoShop shop(DemoShopConfig config) throws Exception {
    return DemoShop.start(config.withoutRivals());
  }

  private static DemoShopConfig open() {
    return DemoShopConfig.opensIn(Duration.ofSeconds(-1));
  }

  /** Serve {@code body} at a fresh path and open it. */
  private static void openPage(String head, String body) {
    browser.open(
        path -> "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>",
        T);
  }

  private static List<String> whats(Kind kind) {
    return page.detect().stream().filter(d -> d.kind() == kind).map(Detection::what).toList();
  }

  // -- challenges ------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Challenge.class)
  void eachSecurityCheckIsNamedAndAPersonPassesIt(Challenge challenge) throws Exception {
    String expected =
        switch (challenge) {
          case DEMO -> "demo security check";
          case RECAPTCHA -> "reCAPTCHA";
          case HCAPTCHA -> "hCaptcha";
          case TURNSTILE -> "Cloudflare Turnstile";
        };
    try (DemoShop shop = shop(open().withChallenge(challenge))) {
      DemoVisitor visitor = new DemoVisitor(pw, shop);
      page.navigate(visitor.url("security-check?next=/basket"), T);

      List<Detection> seen = page.detect();
      assertEquals(List.of(expected), whats(CHALLENGE), seen.toString());
      assertFalse(Detection.any(seen, PAYMENT), seen.toString());

      personTicksTheBox(challenge);
      page.waitFor(new UrlMatches("/:\\d+/basket$/"), T);
      assertEquals(List.of(), page.detect(), "the basket after the check");
    }
  }

  /** The person: a click on the widget's checkbox, inside its iframe for the stand-ins. */
  private static void personTicksTheBox(Challenge challenge) {
    if (challenge == Challenge.DEMO) {
      pw.locator(DemoShop.CHALLENGE_SELECTOR + " [role=checkbox]").click();
      return;
    }
    pw.waitForCondition(
        () -> challengeFrame() != null, new Page.WaitForConditionOptions().setTimeout(10_000));
    challengeFrame().getByRole(AriaRole.CHECKBOX).click();
  }

  private static Frame challengeFrame() {
    return pw.frames().stream()
        .filter(f -> f.url().contains("/__challenge/"))
        .findFirst()
        .orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reCAPTCHA box | <div class=g-recaptcha data-sitekey=k><iframe title=reCAPTCHA width=304"
            + " height=78 src='/w/recaptcha/api2/anchor?k=k&size=normal'></iframe></div>"
            + " | reCAPTCHA",
        "reCAPTCHA image challenge | <div style='position:absolute;top:10px'><iframe"
            + " title='recaptcha challenge expires in two minutes' src='/w/recaptcha/api2/bframe'"
            + " width=400 height=580></iframe></div> | reCAPTCHA",
        "Cloudflare interstitial | <h1>shop.example</h1><h2 id=challenge-running>Checking if the"
            + " site connection is secure</h2> | Cloudflare challenge page",
        "press and hold | <p>Press &amp; Hold to confirm you are a human</p><div id=px-captcha"
            + " style='width:250px;height:50px'></div> | press-and-hold check",
        "Arkose | <div id=FunCaptcha data-pkey=ABC style='height:300px'></div>"
            + " | Arkose/FunCaptcha",
        "AWS WAF | <script src='https://example.awswaf.com/captcha.js' async></script>"
            + "<div id=captcha-container style='height:200px'></div> | AWS WAF CAPTCHA",
        "generic wording | <h1>One more step</h1><p>Please verify   you\u00a0are HUMAN to"
            + " continue.</p> | human verification",
        "generic heading | <h1>Security check</h1><p>One moment, please.</p>"
            + " | human verification",
      })
  void wellKnownChallengeMarkupIsNamed(String name, String body, String expected) {
    openPage("<title>t</title>", body);
    assertEquals(List.of(expected), whats(CHALLENGE), name);
  }

  @Test
  void headlineWordingInRunningTextIsNotAChallenge() {
    openPage(
        "<title>Aurora — Live</title>",
        "<h1>Aurora</h1><p>Doors 19:00. All bags are subject to a security check at the venue."
            + " Human verification of tickets happens at the gate.</p>"
            + "<a href='/faq'>Security check FAQ</a>");
    assertEquals(List.of(), page.detect());
  }

  @Test
  void theInterstitialIsKnownByItsTitle() {
    openPage("<title>Just a moment...</title>", "<p>Enable JavaScript and cookies to continue</p>");
    assertEquals(List.of("Cloudflare challenge page"), whats(CHALLENGE));
    assertEquals("title \"Just a moment...\"", page.detect().get(0).evidence());
  }

  @Test
  void aFrameInAClosedShadowRootIsFoundByItsUrl() {
    String frame =
        "<template shadowrootmode=closed><iframe src='/w/turnstile/if/ov2'"
            + " style='width:300px;height:65px'></iframe></template>";
    openPage("<title>t</title>", "<div>" + frame + "</div>");
    List<Detection> seen = page.detect();
    assertEquals(List.of("Cloudflare Turnstile"), whats(CHALLENGE), seen.toString());
    assertTrue(seen.get(0).evidence().startsWith("frame http://127.0.0.1:"), seen.toString());
    assertTrue(seen.get(0).evidence().endsWith("/w/turnstile/if/ov2"), seen.toString());

    openPage("<title>t</title>", "<div style='display:none'>" + frame + "</div>");
    assertEquals(List.of(), page.detect(), "its host is hidden");
  }

  @Test
  void hiddenMarkupAndScriptTextAreNotDetected() {
    openPage(
        "<title>Tickets</title>",
        "<div class=g-recaptcha style='display:none'><iframe title=reCAPTCHA"
            + " src='/w/recaptcha/api2/anchor?k=k'></iframe></div>"
            + "<div class=h-captcha hidden><iframe src='/w/hcaptcha/checkbox.html'></iframe></div>"
            + "<div class=cf-turnstile style='visibility:hidden;height:65px'></div>"
            + "<div data-demo-challenge style='opacity:0;height:50px'></div>"
            + "<div style='display:none'>Verify you are human</div>"
            + "<script>var prompt = 'Are you a robot? Complete the captcha';</script>"
            + "<input autocomplete=cc-number style='display:none'><input type=hidden name=cvv>"
            + "<div class=grecaptcha-badge style='width:256px;height:60px'><iframe title=reCAPTCHA"
            + " width=256 height=60 src='/w/recaptcha/api2/anchor?k=k&size=invisible'></iframe>"
            + "</div><p>This site is protected by reCAPTCHA and the Google Privacy Policy.</p>"
            + "<iframe name=__privateStripeController1 src='/w/stripe/controller'"
            + " style='display:none'></iframe>");
    assertEquals(List.of(), page.detect());
  }

  // -- payment entry ---------------------------------------------------------------------------

  @Test
  void cardFieldsInAFrameAreDetectedAndAPersonPays() throws Exception {
    try (DemoShop shop = shop(open())) {
      new DemoVisitor(pw, shop).holdTickets().passDemoCheck().giveContactDetails();
      page.navigate(shop.url().resolve("payment").toString(), T);
      Locator cardNumber = new InFrame(CARD_FRAME, new ByLabel("Card number", false));
      page.waitFor(new Visible(cardNumber), T);

      List<Detection> seen = page.detect();
      assertEquals(
          List.of("card number field", "card expiry field", "card security code field"),
          whats(PAYMENT),
          seen.toString());
      assertTrue(
          seen.get(0).evidence().endsWith(" in frame /__pay/card-frame"), seen.get(0).evidence());
      assertEquals(List.of(), whats(CHALLENGE));
      assertTrue(page.isPaymentControl(PAY), "the Pay button");
      assertTrue(page.isPaymentControl(cardNumber), "a card input in the frame");
      assertTrue(page.isPaymentControl(new Selector(CARD_FRAME)), "the card frame itself");
      assertFalse(page.isPaymentControl(new ByRole("link", "What's on", true)), "a nav link");

      // The person fills the frame and pays.
      var frame = pw.frameLocator(CARD_FRAME);
      frame.getByLabel("Card number").fill("4242 4242 4242 4242");
      frame.getByLabel("Expiry").fill("12 / 39");
      frame.getByLabel("CVC").fill("123");
      frame.getByLabel("Name on card").fill("A LOVELACE");
      pw.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £90.00")).click();
      page.waitFor(new UrlMatches("**/orders/*"), T);
      assertEquals(1, shop.payments().size());
      assertEquals("4242", shop.payments().get(0).cardLast4());
      assertEquals(List.of(), page.detect(), "the confirmation");
    }
  }

  @Test
  void cardFieldsInThePageAreDetected() throws Exception {
    try (DemoShop shop = shop(open().withCardEntry(CardEntry.PAGE))) {
      new DemoVisitor(pw, shop).holdTickets().passDemoCheck().giveContactDetails();
      page.navigate(shop.url().resolve("payment").toString(), T);

      List<Detection> seen = page.detect();
      assertEquals(
          List.of("card number field", "card expiry field", "card security code field"),
          whats(PAYMENT),
          seen.toString());
      assertEquals("[autocomplete~=\"cc-number\" i]", seen.get(0).evidence());
      assertTrue(page.isPaymentControl(new ByLabel("Card number", false)));
      assertTrue(page.isPaymentControl(new ByLabel("Name on card", false)), "cc-name is card data");
      assertTrue(page.isPaymentControl(PAY));
    }
  }

  @Test
  void aSavedCardShowsNoPaymentEntryButItsPayButtonIsStillAPaymentControl() throws Exception {
    try (DemoShop shop = shop(open().withCardEntry(CardEntry.SAVED))) {
      new DemoVisitor(pw, shop).holdTickets().passDemoCheck().giveContactDetails();
      page.navigate(shop.url().resolve("payment").toString(), T);
      page.waitFor(new Visible(PAY), T);

      assertEquals(List.of(), page.detect(), "no card fields, no provider frame");
      assertTrue(page.isPaymentControl(PAY), "by its wording alone");
      assertFalse(page.isPaymentControl(new ByRole("link", "Use another card", true)));

      pw.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £90.00")).click();
      page.waitFor(new UrlMatches("**/orders/*"), T);
      assertEquals(1, shop.payments().size(), "the person's click pays with the saved card");
    }
  }

  @Test
  void theShopsOtherPagesShowNothingAndTheirButtonsAreNotPaymentControls() throws Exception {
    try (DemoShop shop = shop(open())) {
      DemoVisitor visitor = new DemoVisitor(pw, shop);
      page.navigate(shop.eventUrl().toString(), T);
      page.waitFor(new Visible(new ByRole("button", "Add to basket", false)), T);
      assertEquals(List.of(), page.detect(), "the event page");
      assertFalse(page.isPaymentControl(new ByRole("button", "Add to basket", false)));

      visitor.holdTickets();
      page.navigate(visitor.url("basket"), T);
      assertEquals(List.of(), page.detect(), "the basket");
      assertFalse(page.isPaymentControl(new ByRole("link", "Checkout", false)));

      visitor.passDemoCheck();
      page.navigate(visitor.url("checkout"), T);
      assertEquals(List.of(), page.detect(), "the contact form");
      assertFalse(page.isPaymentControl(new ByRole("button", "Continue to payment", false)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Stripe | <iframe name=__privateStripeFrame5341 title='Secure card payment input frame'"
            + " src='/w/stripe-card' width=300 height=40></iframe> | Stripe payment frame",
        "Braintree | <iframe name=braintree-hosted-field-number src='/w/bt' width=300"
            + " height=40></iframe> | Braintree",
        "Adyen | <div class=adyen-checkout__card-input style='height:120px'></div> | Adyen",
        "PayPal | <div class='paypal-buttons paypal-buttons-context-iframe' style='height:45px'>"
            + "</div> | PayPal button",
        "Apple Pay | <apple-pay-button buttonstyle=black type=buy style='display:block;"
            + "width:200px;height:40px'></apple-pay-button> | Apple Pay button",
        "Google Pay | <button class='gpay-button black long' aria-label='Google Pay'>G</button>"
            + " | Google Pay button",
        "card names only | <label>Card <input name=cardnumber></label><label>CVV <input"
            + " name=cvv></label> | card number field;card security code field",
      })
  void wellKnownPaymentMarkupIsNamed(String name, String body, String expected) {
    openPage("<title>t</title>", body);
    assertEquals(Arrays.asList(expected.split(";")), whats(PAYMENT), name);
  }

  @Test
  void whatIsInsideAProviderFrameIsAPaymentControl() {
    browser.pages().page("/w/provider-card", "<input name=n aria-label=Number>");
    openPage(
        "<title>t</title>",
        "<iframe id=pay name=__privateStripeFrame77 src='/w/provider-card'></iframe>");
    Locator input = new InFrame("#pay", new Selector("input"));
    page.waitFor(new Visible(input), T);
    assertTrue(page.isPaymentControl(input));
  }

  @Test
  void looseWordingPaysOnlyWherePaymentEntryIs() {
    openPage("<title>t</title>", "<button>Buy now</button><button>Place order</button>");
    assertFalse(page.isPaymentControl(new ByRole("button", "Buy now", true)), "a product page");
    assertTrue(page.isPaymentControl(new ByRole("button", "Place order", true)), "commits anyway");

    openPage(
        "<title>t</title>",
        "<input autocomplete=cc-number aria-label=Card><button><span>Buy now</span></button>");
    assertTrue(page.isPaymentControl(new ByRole("button", "Buy now", true)));
    assertTrue(page.isPaymentControl(new Locator.ByText("Buy now", true)), "its label's span");

    openPage(
        "<title>t</title>",
        "<p>Pay with <b>Visa</b> <span>•••• 4242</span></p><button>Confirm</button>");
    assertTrue(page.isPaymentControl(new ByRole("button", "Confirm", true)), "a saved card");
    openPage("<title>t</title>", "<p>Order LT-424242</p><button>Confirm</button>");
    assertFalse(page.isPaymentControl(new ByRole("button", "Confirm", true)), "no card at all");
  }

  @Test
  void nothingVisibleIsNoPaymentControlAfterAShortLook() {
    openPage("<title>t</title>", "<button style='display:none'>Pay now</button>");
    long start = System.nanoTime();
    assertFalse(page.isPaymentControl(new ByRole("button", "Pay now", false)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms >= 900 && ms < 3_000, "looked for about a second: " + ms + " ms");
  }

  // -- cost --------------------------------------------------------------------------------------

  @Test
  void detectIsCheap() throws Exception {
    List<String> lines = new ArrayList<>();
    try (DemoShop shop = shop(open().withChallenge(Challenge.RECAPTCHA))) {
      DemoVisitor visitor = new DemoVisitor(pw, shop);
      page.navigate(shop.eventUrl().toString(), T);
      page.waitFor(new Visible(new ByRole("button", "Add to basket", false)), T);
      lines.add(measure("event page"));
      page.navigate(visitor.url("security-check?next=/basket"), T);
      pw.waitForCondition(() -> challengeFrame() != null);
      lines.add(measure("security check (reCAPTCHA stand-in)"));
    }
    try (DemoShop shop = shop(open())) {
      DemoVisitor visitor = new DemoVisitor(pw, shop);
      page.navigate(visitor.url("security-check?next=/basket"), T);
      lines.add(measure("security check (demo widget)"));
      visitor.holdTickets().passDemoCheck().giveContactDetails();
      page.navigate(visitor.url("basket"), T);
      lines.add(measure("basket"));
      page.navigate(visitor.url("payment"), T);
      page.waitFor(new Visible(new InFrame(CARD_FRAME, new ByLabel("Card number", false))), T);
      lines.add(measure("payment (card frame)"));
    }
    System.out.println("detect() cost, median of 50 calls:\n  " + String.join("\n  ", lines));
  }

  private static String measure(String what) {
    page.detect();
    long[] ns = new long[50];
    for (int i = 0; i < ns.length; i++) {
      long start = System.nanoTime();
      page.detect();
      ns[i] = System.nanoTime() - start;
    }
    Arrays.sort(ns);
    double median = ns[ns.length / 2] / 1e6;
    double p90 = ns[ns.length * 9 / 10] / 1e6;
    assertTrue(median < 250, what + ": median " + median + " ms");
    return String.format(Locale.ROOT, "%-38s median %5.1f ms  p90 %5.1f ms", what, median, p90);
  }
}
