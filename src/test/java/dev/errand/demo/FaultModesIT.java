package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault modes' page scripts and connections as headless Chromium meets them: the waiting room
 * sends a visitor on by itself, each cookie banner and the pop-up go once answered, and a dropped
 * page load is one failed navigation. Drives Playwright directly, as a visitor would, not errand.
 */
@Timeout(60)
class FaultModesIT {

  private static final double T = 10_000;
  private static final WaitForSelectorState DETACHED = WaitForSelectorState.DETACHED;

  /** How long an answered overlay must stay away: longer than any of them takes to appear. */
  private static final int ABSENT_FOR_MS = 1_500;

  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void launch() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true));
  }

  @AfterAll
  static void quit() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext();
    page = context.newPage();
    page.setDefaultTimeout(T);
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void theWaitingRoomSendsTheVisitorOnByItselfWithThePass() throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofSeconds(1))
            .withoutRivals()
            .withWaitingRoom(Duration.ofSeconds(3));
    try (DemoShop shop = DemoShop.start(config)) {
      page.navigate(shop.eventUrl().toString());
      assertTrue(page.url().contains("/queue?target="), page.url());
      assertEquals("You are now in line", page.textContent("#MainPart_h2FrontPage").strip());
      assertFalse(page.textContent("#MainPart_lbQueueNumber").isBlank());

      page.waitForURL("**/events/aurora-live?queueittoken=*");
      page.waitForSelector("#tickets");
      assertEquals(1, shop.queuePasses());
      assertEquals(0, shop.reloadsWhileQueued());
      assertTrue(
          context.cookies().stream().anyMatch(c -> c.name.equals(WaitingRoom.PASS_COOKIE)),
          "the pass cookie");
      page.navigate(shop.eventUrl().toString());
      assertTrue(page.url().endsWith("/events/aurora-live"), page.url());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DemoShopConfig.Consent.class,
      names = {"ONETRUST", "COOKIEBOT", "DIDOMI"})
  void eachBannerCoversThePageUntilAcceptedAndThenStaysAway(DemoShopConfig.Consent consent)
      throws Exception {
    String accept =
        switch (consent) {
          case ONETRUST -> "#onetrust-accept-btn-handler";
          case COOKIEBOT -> "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll";
          case DIDOMI -> "#didomi-notice-agree-button";
          default -> throw new IllegalArgumentException(consent.toString());
        };
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withConsent(consent))) {
      page.navigate(shop.url().toString());
      page.waitForSelector(accept);
      assertThrows(
          PlaywrightException.class,
          () -> page.click("a.brand", new Page.ClickOptions().setTimeout(500)),
          "the banner takes the click");
      page.click(accept);
      page.waitForSelector(accept, new Page.WaitForSelectorOptions().setState(DETACHED));

      page.reload();
      assertTrue(stayedAway(accept), consent + " shown again after it was accepted");
    }
  }

  @Test
  void theNewsletterPopUpCoversThePageUntilClosed() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofHours(1))
                .withConsent(DemoShopConfig.Consent.NONE)
                .withNewsletterPopup(true))) {
      page.navigate(shop.url().toString());
      page.waitForSelector("text=Get 10% off");
      page.click("button[aria-label=Close]");
      page.waitForSelector(".nl-backdrop", new Page.WaitForSelectorOptions().setState(DETACHED));
      page.reload();
      assertTrue(stayedAway(".nl-backdrop"), "the pop-up came back after it was closed");
    }
  }

  @Test
  void aDroppedPageLoadIsOneFailedNavigation() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withDroppedConnections(1.0))) {
      PlaywrightException e =
          assertThrows(PlaywrightException.class, () -> page.navigate(shop.url().toString()));
      assertTrue(e.getMessage().contains("net::ERR_"), e.getMessage());
      assertEquals(1, shop.droppedConnections(), "Chromium's own resends are the same load");
    }
  }

  @Test
  void aFailingPageLoadIsA503OrAnErrorPageWith200() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(1.0, 0).withFaultSeed(1))) {
      Response response = page.navigate(shop.eventUrl().toString());
      assertEquals(503, response.status());
      assertTrue(page.content().toLowerCase().contains("service temporarily unavailable"));
    }
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withErrors(1.0, 1.0))) {
      Response response = page.navigate(shop.eventUrl().toString());
      assertEquals(200, response.status());
      assertTrue(page.title().startsWith("Error 503"), page.title());
    }
  }

  /**
   * Whether {@code selector} stays absent for {@link #ABSENT_FOR_MS} after the page loaded: absence
   * can only be seen over a span of time, longer than any overlay takes to appear.
   */
  private boolean stayedAway(String selector) {
    page.waitForLoadState();
    Object shown =
        page.evaluate(
            "([selector, ms]) => new Promise(resolve => {"
                + " const seen = () => document.querySelector(selector) !== null;"
                + " const watch = new MutationObserver(() => { if (seen()) resolve(true); });"
                + " watch.observe(document.documentElement, {childList: true, subtree: true});"
                + " setTimeout(() => { watch.disconnect(); resolve(seen()); }, ms); })",
            List.of(selector, ABSENT_FOR_MS));
    return Boolean.FALSE.equals(shown);
  }
}
