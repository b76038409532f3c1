package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the jail costs a page load (a document and 20 subresources) and a click that loads a page,
 * measured on two browsers taking turns, one confined and one not. Prints the medians (for
 * docs/measurements.md); fails only if the jail made either more than 150 ms slower at the median,
 * a stall rather than a cost.
 */
@Timeout(180)
class SiteJailCostIT {

  private static final int ROUNDS = 25;

  @TempDir Path tmp;

  @Test
  void theJailAddsLittleToAPageLoadOrAClickThatLoadsAPage() {
    try (LoopbackBrowser free = LoopbackBrowser.start(tmp.resolve("free"));
        LoopbackBrowser jailed = LoopbackBrowser.start(tmp.resolve("jailed"))) {
      jailed.page().confine(List.of("127.0.0.1"));
      List<Double> loadFree = new ArrayList<>();
      List<Double> loadJailed = new ArrayList<>();
      List<Double> clickFree = new ArrayList<>();
      List<Double> clickJailed = new ArrayList<>();
      for (LoopbackBrowser b : List.of(free, jailed)) {
        serve(b);
        measure(b, 3, new ArrayList<>(), new ArrayList<>()); // warm up
      }
      for (int i = 0; i < ROUNDS; i++) {
        measure(free, 1, loadFree, clickFree);
        measure(jailed, 1, loadJailed, clickJailed);
      }
      String table =
          String.format(
              Locale.ROOT,
              "site jail cost (median of %d, ms): page load %.1f free, %.1f jailed;"
                  + " click to loaded page %.1f free, %.1f jailed",
              ROUNDS,
              median(loadFree),
              median(loadJailed),
              median(clickFree),
              median(clickJailed));
      System.out.println(table);
      assertTrue(median(loadJailed) - median(loadFree) < 150, table);
      assertTrue(median(clickJailed) - median(clickFree) < 150, table);
      assertTrue(jailed.page().offSiteAttempt().isEmpty(), "nothing was off the site");
    }
  }

  private static void serve(LoopbackBrowser b) {
    StringBuilder body = new StringBuilder("<h1>Event</h1><a href='/next'>Next</a>");
    for (int i = 0; i < 20; i++) {
      body.append("<img src='/img").append(i).append("'>");
      b.pages().page("/img" + i, "x");
    }
    b.pages().page("/event", "<!doctype html><html><body>" + body + "</body></html>");
    b.pages().page("/next", "<!doctype html><html><body><h1>Next</h1></body></html>");
  }

  private static void measure(
      LoopbackBrowser b, int times, List<Double> loads, List<Double> clicks) {
    Page page = ((PlaywrightPage) b.page()).playwrightPage();
    for (int i = 0; i < times; i++) {
      long t0 = System.nanoTime();
      page.navigate(
          b.pages().url("/event"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
      loads.add((System.nanoTime() - t0) / 1e6);
      long t1 = System.nanoTime();
      page.locator("a").click();
      page.waitForURL("**/next", new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.COMMIT));
      clicks.add((System.nanoTime() - t1) / 1e6);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
