package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.recipe.Locator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jail in Chromium: a page confined to 127.0.0.1 cannot load a top-level page on another host
 * ({@code resale.localhost}, which Chromium resolves to this machine and the same test server
 * answers) however it tries, and nothing reaches that host; its subresources and frames from that
 * host still load.
 */
@Timeout(90)
class SiteJailIT {

  private static final Duration T = Duration.ofSeconds(10);

  @TempDir static Path tmp;
  private static LoopbackBrowser browser;
  private static PlaywrightPage page;

  /** Requests the other host got, by path. */
  private static final Map<String, AtomicInteger> offSite = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() {
    browser = LoopbackBrowser.start(tmp);
    page = (PlaywrightPage) browser.page();
    page.confine(List.of("127.0.0.1"));
    for (String path : List.of("/off", "/img", "/js", "/frame", "/frame2", "/pop", "/tab")) {
      browser
          .pages()
          .page(
              path,
              exchange -> {
                String host = exchange.getRequestHeaders().getFirst("Host");
                if (host != null && host.startsWith("resale.localhost")) {
                  offSite.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                }
                return path.equals("/frame")
                    ? "<p>frame</p><script>setTimeout(() => location.href = '/frame2', 10)</script>"
                    : "<h1>" + path + "</h1>";
              });
    }
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @BeforeEach
  void fresh() {
    page.jail().forget();
    offSite.clear();
  }

  static String other(String path) {
    return browser.pages().url(path).replace("127.0.0.1", "resale.localhost");
  }

  static int reached(String path) {
    AtomicInteger n = offSite.get(path);
    return n == null ? 0 : n.get();
  }

  private static Locator button(String name) {
    return new Locator.ByRole("button", name, false);
  }

  @Test
  void aScriptNavigationToAnotherHostIsStopped() {
    String url =
        browser.open("<button onclick=\"location.href='" + other("/off") + "'\">Go</button>", T);
    page.click(button("Go"), T);
    page.pause(Duration.ofMillis(500));
    OffSiteAttempt off = page.offSiteAttempt().orElseThrow();
    assertEquals("resale.localhost", off.host());
    assertEquals(0, reached("/off"));
    assertEquals(url, page.url(), "the page stays where it was");
  }

  @Test
  void aFormPostedToAnotherHostIsStopped() {
    browser.open(
        "<form method=post action='" + other("/off") + "'><button>Send</button></form>", T);
    page.click(button("Send"), T);
    page.pause(Duration.ofMillis(500));
    assertTrue(page.offSiteAttempt().isPresent());
    assertEquals(0, reached("/off"));
  }

  @Test
  void aRedirectOfAnErrandLoadToAnotherHostIsStopped() {
    browser
        .pages()
        .page(
            "/bounce",
            exchange -> {
              exchange.getResponseHeaders().add(TestPages.STATUS, "302");
              exchange.getResponseHeaders().add("Location", other("/off"));
              return "";
            });
    BrowserActionException e =
        assertThrows(
            BrowserActionException.class, () -> page.navigate(browser.pages().url("/bounce"), T));
    assertTrue(e.getMessage().contains("resale.localhost (not in allowed-domains)"), e::getMessage);
    assertEquals("a redirect", page.offSiteAttempt().orElseThrow().how());
    assertEquals(0, reached("/off"));
  }

  @Test
  void aPopUpToAnotherHostIsClosedBeforeItLoads() {
    browser.open("<button onclick=\"window.open('" + other("/pop") + "')\">Open</button>", T);
    page.click(button("Open"), T);
    waitUntil(() -> page.offSiteAttempt().isPresent());
    page.pause(Duration.ofMillis(500));
    assertEquals(0, reached("/pop"), "the pop-up's page never reached the other host");
    assertEquals(1, page.playwrightPage().context().pages().size(), "the pop-up was closed");
  }

  @Test
  void aLinkOpeningANewTabOnAnotherHostIsStopped() {
    browser.open("<a href='" + other("/tab") + "' target=_blank>Resale</a>", T);
    page.click(new Locator.ByRole("link", "Resale", false), T);
    waitUntil(() -> page.offSiteAttempt().isPresent());
    page.pause(Duration.ofMillis(500));
    assertEquals(0, reached("/tab"));
    assertEquals(1, page.playwrightPage().context().pages().size(), "the new tab was closed");
  }

  @Test
  void errandNeverOpensFileOrChromePages() {
    for (String url : List.of("file:///etc/hostname", "chrome://settings", "javascript:1")) {
      assertThrows(BrowserActionException.class, () -> page.navigate(url, T), url);
      assertTrue(page.offSiteAttempt().isPresent(), url);
      page.jail().forget();
    }
  }

  @Test
  void subresourcesAndFramesFromAnotherHostStillLoad() {
    browser.open(
        "<img src='"
            + other("/img")
            + "'><script src='"
            + other("/js")
            + "'></script><iframe src='"
            + other("/frame")
            + "'></iframe>",
        T);
    waitUntil(() -> reached("/frame2") > 0);
    assertTrue(
        reached("/img") > 0 && reached("/js") > 0 && reached("/frame") > 0, offSite::toString);
    assertFalse(page.offSiteAttempt().isPresent());
  }

  @Test
  void whileItIsThePersonsTurnEveryPageIsTheirs() {
    browser.open("<button onclick=\"location.href='" + other("/off") + "'\">Go</button>", T);
    page.personsTurn(true);
    try {
      page.click(button("Go"), T);
      waitUntil(() -> reached("/off") > 0);
    } finally {
      page.personsTurn(false);
    }
    assertFalse(page.offSiteAttempt().isPresent());
  }

  /** Waits, processing the browser's events, until {@code condition} holds (10 s at most). */
  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    long end = System.nanoTime() + T.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "timed out");
      page.pause(Duration.ofMillis(20));
    }
  }
}
