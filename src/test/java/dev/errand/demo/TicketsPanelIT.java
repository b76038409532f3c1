package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.recipe.Condition.UrlMatches;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event page's tickets panel in headless Chromium: the one the shop serves after release is the
 * very markup tickets.js renders when its countdown ends, and the script wires it up.
 */
class TicketsPanelIT {

  private static final Duration T = Duration.ofSeconds(10);
  private static final Duration LEAD = Duration.ofMillis(1_500);
  private static final Locator TICKET_TYPE = new ByRole("combobox", "Ticket type", false);
  private static final Locator ADD = new ByRole("button", "Add to basket", false);

  @TempDir static Path tmp;
  private static BrowserSession session;
  private static BrowserPage page;

  @BeforeAll
  static void launch() {
    session =
        new PlaywrightLauncher()
            .launch(new LaunchSpec("", true, tmp.resolve("profile"), List.of()));
    page = session.page();
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theServedFormIsTheScriptsFormAndTheScriptWiresItUp() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(LEAD).withoutRivals())) {
      String byScript = panelAfterTheCountdown(shop, TICKET_TYPE);
      page.reload(T);
      page.waitFor(new Visible(TICKET_TYPE), T);
      assertEquals(byScript, panel(page.html()));

      page.click(ADD, T);
      page.waitFor(new Visible(new ByText("Please choose a ticket type.", true)), T);
      assertTrue(shop.requestLog().matching("POST", "/basket").isEmpty(), "validated in page");

      page.select(TICKET_TYPE, "Standing", T);
      assertTrue(page.holds(new Visible(new ByText("Standing — £45.00", true))), "chosen");
      page.select(new ByLabel("Quantity", false), "2", T);
      page.click(ADD, T);
      page.waitFor(new UrlMatches("**/basket"), T);
      assertEquals(2, 60 - shop.stockLeft());
    }
  }

  @Test
  void theServedSoldOutIsTheScriptsSoldOut() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(LEAD).withStock(0).withoutRivals())) {
      Locator soldOut = new ByRole("heading", "Sold out", true);
      String byScript = panelAfterTheCountdown(shop, soldOut);
      page.reload(T);
      page.waitFor(new Visible(soldOut), T);
      assertEquals(byScript, panel(page.html()));
    }
  }

  /** Opens the page before release and returns the panel the script renders at the instant. */
  private static String panelAfterTheCountdown(DemoShop shop, Locator shown) {
    page.navigate(shop.eventUrl().toString(), T);
    page.waitFor(new Visible(new ByText("Tickets on sale in", false)), T);
    Locator accept = new ByRole("button", "Accept all", false);
    if (page.holds(new Visible(accept))
        || waitsFor(new Visible(accept), Duration.ofMillis(1_000))) {
      page.click(accept, T);
    }
    page.waitFor(new Visible(shown), T.plus(LEAD));
    return panel(page.html());
  }

  private static boolean waitsFor(Visible condition, Duration timeout) {
    try {
      page.waitFor(condition, timeout);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The tickets section of a page's HTML. */
  private static String panel(String html) {
    int start = html.indexOf("<section id=\"tickets\"");
    return html.substring(start, html.indexOf("</section>", start));
  }
}
