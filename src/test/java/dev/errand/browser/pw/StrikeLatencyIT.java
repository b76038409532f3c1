package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import dev.errand.recipe.Condition.Hidden;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.AnyOf;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the strike on the demo shop: from the release instant (true clock) to the shop receiving
 * {@code POST /basket}, over {@value #DEFAULT_DROPS} drops ({@code -Derrand.strike.drops=N} for
 * more). Prints the median, p95 and max and where the time went; asserts only what must hold on any
 * machine (the request arrived, never before the instant, and the tickets were added).
 */
class StrikeLatencyIT {

  private static final int DEFAULT_DROPS = 5;
  private static final Duration LEAD = Duration.ofMillis(2_500);
  private static final Duration SPIN = Duration.ofMillis(12);
  private static final Duration T = Duration.ofSeconds(10);

  private static final Locator TICKET_TYPE = new ByRole("combobox", "Ticket type", false);
  private static final Locator SOLD_OUT = new ByText("Sold out", false);

  @TempDir Path tmp;

  @Test
  void theStrikeReachesTheShopAfterTheInstant() throws IOException {
    int drops = Integer.getInteger("errand.strike.drops", DEFAULT_DROPS);
    List<Drop> results = new ArrayList<>();
    try (BrowserSession session = Browsers.launch(tmp.resolve("profile"))) {
      PlaywrightPage page = (PlaywrightPage) session.page();
      for (int i = 0; i < drops; i++) {
        try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(LEAD).withoutRivals())) {
          results.add(drop(page, shop, i == 0));
        }
      }
    }
    System.out.println(StrikeLatencyTable.render(results));
    for (Drop d : results) {
      assertFalse(d.toPost().isNegative(), "POST /basket before the instant: " + d);
      assertEquals(3, d.postStatus() / 100, "the tickets were added (a redirect): " + d);
    }
  }

  /** Arm on a fresh shop, wait for its instant, strike, and read what the shop saw. */
  private static Drop drop(PlaywrightPage page, DemoShop shop, boolean first) {
    page.navigate(shop.eventUrl().toString(), T);
    if (first) {
      // The consent cookie is per host, so later shops on other ports never show the wall.
      page.click(new ByRole("button", "Accept all", false), Duration.ofSeconds(3));
    }
    page.waitFor(new Visible(new ByRole("region", "Tickets", false)), T);
    Instant release = shop.releaseAt().minus(shop.config().skew());
    ReloadTimeline timeline =
        new ReloadTimeline(page.playwrightPage(), "/events/" + DemoShop.EVENT_SLUG, release);
    long releaseNanos = waitUntil(page, release);

    Map<String, Long> marks = new LinkedHashMap<>();
    page.urgent(true);
    try {
      strike(page, marks);
    } finally {
      page.urgent(false);
    }
    RequestLog.Entry post = awaitPost(page, shop);
    timeline.close();
    Map<String, Double> stepMs = new LinkedHashMap<>();
    long previous = releaseNanos;
    for (Map.Entry<String, Long> m : marks.entrySet()) {
      stepMs.put(m.getKey(), (m.getValue() - previous) / 1e6);
      previous = m.getValue();
    }
    RequestLog.Entry get = lastGet(shop);
    return new Drop(
        Duration.between(release, post.receivedAt()),
        post.status(),
        ms(release, get.receivedAt()),
        stepMs,
        timeline);
  }

  /** The at-release steps of recipes/demo-shop.yaml, marking when each one returned. */
  private static void strike(BrowserPage page, Map<String, Long> marks) {
    page.reload(T);
    marks.put("reload", System.nanoTime());
    page.waitFor(new Visible(new AnyOf(List.of(TICKET_TYPE, SOLD_OUT))), T);
    marks.put("wait", System.nanoTime());
    page.waitFor(new Hidden(SOLD_OUT), T);
    marks.put("expect", System.nanoTime());
    page.select(TICKET_TYPE, "Standing", T);
    marks.put("type", System.nanoTime());
    page.select(new ByLabel("Quantity", false), "2", T);
    marks.put("qty", System.nanoTime());
    page.click(new ByRole("button", "Add to basket", false), T);
    marks.put("click", System.nanoTime());
  }

  /** Coarse pauses that keep the browser's events flowing, then a spin for the last few ms. */
  private static long waitUntil(BrowserPage page, Instant instant) {
    Duration left = Duration.between(Instant.now(), instant);
    while (left.compareTo(SPIN) > 0) {
      page.pause(left.minus(SPIN));
      left = Duration.between(Instant.now(), instant);
    }
    long target = System.nanoTime() + Duration.between(Instant.now(), instant).toNanos();
    while (System.nanoTime() < target) {
      Thread.onSpinWait();
    }
    return target;
  }

  private static RequestLog.Entry awaitPost(BrowserPage page, DemoShop shop) {
    long end = System.nanoTime() + T.toNanos();
    while (System.nanoTime() < end) {
      List<RequestLog.Entry> posts = shop.requestLog().matching("POST", "/basket");
      if (!posts.isEmpty()) {
        return posts.get(0);
      }
      page.pause(Duration.ofMillis(5));
    }
    throw new BrowserActionException("the shop never received POST /basket");
  }

  private static RequestLog.Entry lastGet(DemoShop shop) {
    List<RequestLog.Entry> gets = shop.requestLog().matching("GET", "/events/");
    return gets.get(gets.size() - 1);
  }

  static double ms(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e6;
  }

  /**
   * One drop.
   *
   * @param toPost release to the shop receiving {@code POST /basket}
   * @param postStatus what the shop answered
   * @param getMs release to the shop receiving the reload's {@code GET}, in ms
   * @param stepMs how long each strike step took after the previous one, in ms
   * @param page the reload's timing inside the browser
   */
  record Drop(
      Duration toPost,
      int postStatus,
      double getMs,
      Map<String, Double> stepMs,
      ReloadTimeline page) {

    double postMs() {
      return toPost.toNanos() / 1e6;
    }
  }
}
