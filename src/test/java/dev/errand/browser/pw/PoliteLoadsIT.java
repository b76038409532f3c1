package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page load that the site refuses (429, 503) is never opened: errand waits out the site's {@code
 * Retry-After}, sends nothing inside it, loads again a bounded number of times and says what the
 * site answered.
 */
@Timeout(60)
@ExtendWith(SharedBrowser.class)
class PoliteLoadsIT {

  private static final Duration T = Duration.ofSeconds(10);

  private static LoopbackBrowser browser;
  private static BrowserPage page;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
  }

  /** Serves {@code path}, answering the first {@code refusals} requests with {@code status}. */
  private static List<Long> busy(String path, int refusals, int status) {
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    browser
        .pages()
        .page(
            path,
            exchange -> {
              arrivals.add(System.nanoTime());
              if (arrivals.size() <= refusals) {
                exchange.getResponseHeaders().add(TestPages.STATUS, String.valueOf(status));
                exchange.getResponseHeaders().add("Retry-After", "1");
                return "<h1>Too busy</h1>";
              }
              return "<h1>Tickets</h1>";
            });
    return arrivals;
  }

  @Test
  void aRefusedLoadIsWaitedOutForItsRetryAfterAndLoadedAgain() {
    List<Long> arrivals = busy("/busy", 1, 429);

    String answer = page.navigate(browser.pages().url("/busy"), T);

    assertTrue(answer.startsWith("HTTP 200"), answer);
    assertTrue(answer.contains("after HTTP 429"), answer);
    assertTrue(answer.contains("Retry-After 1s"), answer);
    assertEquals(2, arrivals.size());
    long gap = arrivals.get(1) - arrivals.get(0);
    assertTrue(gap >= 1_000_000_000L, "nothing inside the Retry-After window: " + gap + " ns");
  }

  @Test
  void aSiteThatKeepsRefusingFailsTheLoadAfterThreeTries() {
    List<Long> arrivals = busy("/down", 99, 503);

    BrowserActionException e =
        assertThrows(
            BrowserActionException.class, () -> page.navigate(browser.pages().url("/down"), T));

    assertTrue(e.getMessage().contains("the site kept answering 503 for "), e.getMessage());
    assertTrue(e.getMessage().contains("(3 tries; "), e.getMessage());
    assertEquals(3, arrivals.size(), "bounded: no fourth request");
  }

  @Test
  void anErrorPageThatAnswers200IsARefusalNotAPage() {
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    browser
        .pages()
        .page(
            "/busy-200",
            exchange -> {
              arrivals.add(System.nanoTime());
              return arrivals.size() == 1
                  ? "<title>503 Service Temporarily Unavailable</title>"
                      + "<center><h1>503 Service Temporarily Unavailable</h1></center><hr>"
                      + "<center>nginx</center>"
                  : "<title>Tickets</title><h1>Tickets</h1>";
            });

    String answer = page.navigate(browser.pages().url("/busy-200"), T);

    assertTrue(answer.startsWith("HTTP 200"), answer);
    assertTrue(
        answer.contains("after an error page (its title says '503 Service Temporarily"), answer);
    assertEquals(2, arrivals.size());
    long gap = arrivals.get(1) - arrivals.get(0);
    assertTrue(gap >= 2_000_000_000L, "backed off before loading again: " + gap + " ns");
  }

  @Test
  void thePageShownSaysWhenItIsAnErrorAnswerHoweverItCame() {
    browser
        .pages()
        .page(
            "/to-pay",
            exchange ->
                "<h1>Basket</h1><a href='/pay-down'>Pay</a>"
                    + "<form method='post' action='/pay-form'><button>Send</button></form>");
    browser
        .pages()
        .page(
            "/pay-down",
            exchange -> {
              exchange.getResponseHeaders().add(TestPages.STATUS, "503");
              return "<h1>Payment</h1>";
            });
    browser.pages().page("/pay-form", exchange -> "<title>Error 503</title><h1>Sorry</h1>");
    browser.pages().page("/pay-ok", exchange -> "<title>Payment</title><h1>Payment</h1>");

    page.navigate(browser.pages().url("/pay-ok"), T);
    assertEquals(java.util.Optional.empty(), page.errorPage());

    page.navigate(browser.pages().url("/to-pay"), T);
    page.click(new dev.errand.recipe.Locator.ByRole("link", "Pay", false), T);
    page.waitFor(new dev.errand.recipe.Condition.UrlMatches("**/pay-down"), T);
    assertEquals(java.util.Optional.of("HTTP 503 Service Unavailable"), page.errorPage());
    assertFalse(page.shownAfterSubmit());

    page.navigate(browser.pages().url("/to-pay"), T);
    page.click(new dev.errand.recipe.Locator.ByRole("button", "Send", false), T);
    page.waitFor(new dev.errand.recipe.Condition.UrlMatches("**/pay-form"), T);
    assertEquals(java.util.Optional.of("its title says 'Error 503'"), page.errorPage());
    assertTrue(page.shownAfterSubmit(), "the error answered the form");
  }
}
