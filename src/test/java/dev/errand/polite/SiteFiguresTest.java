package dev.errand.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The per-site figures a run ends with: requests, the most in any one second, refusals, waits. */
@Timeout(5)
class SiteFiguresTest {

  private static final long MS = 1_000_000L;
  private final AtomicLong now = new AtomicLong(50_000 * MS);
  private final RequestBudget budget =
      new RequestBudget(now::get, new Backoff(() -> 0.0), Duration.ofMillis(200));
  private final String shop = RequestBudget.site(URI.create("https://shop.example/"));

  @Test
  void theMostPageLoadsInAnyOneSecondIsASlidingWindowNotCalendarSeconds() {
    take(); // 0 ms
    now.addAndGet(900 * MS);
    take(); // 900 ms
    now.addAndGet(200 * MS);
    take(); // 1100 ms: with 900 in [100, 1100], two
    now.addAndGet(200 * MS);
    take(); // 1300 ms: 900, 1100, 1300 within a second: three
    assertEquals(3, figures().mostInOneSecond());
  }

  @Test
  void loadsExactlyASecondApartAreNeverInOneSecond() {
    for (int i = 0; i < 5; i++) {
      take();
      now.addAndGet(1_000 * MS);
    }
    assertEquals(1, figures().mostInOneSecond());
    assertEquals(5, figures().pageLoads());
  }

  @Test
  void aLoadToldLateStillCountsWhereItWent() {
    take(); // 0 ms
    now.addAndGet(1_500 * MS);
    take(); // 1500 ms
    budget.record(shop, now.get() - 800 * MS); // the page's own load at 700 ms, told late
    assertEquals(2, figures().mostInOneSecond());
  }

  @Test
  void aRedirectsFollowUpIsARequestButNotANewPageLoad() {
    take();
    budget.followed(shop, now.get() + MS);
    SiteFigures f = figures();
    assertEquals(2, f.requests());
    assertEquals(1, f.pageLoads());
    assertEquals(1, f.mostInOneSecond());
  }

  @Test
  void refusalsRetriesAndWaitsAreSummedByWhyTheWaitWasImposed() {
    take();
    budget.refused(shop, Optional.of(Duration.ofSeconds(3)));
    budget.retried(shop);
    budget.refused(shop, Optional.empty()); // backoff after the 2nd in a row: 4 s
    budget.retried(shop);
    SiteFigures f = figures();
    assertEquals(2, f.refusals());
    assertEquals(2, f.retries());
    assertEquals(Duration.ofSeconds(3), f.retryAfterWaits());
    assertEquals(Duration.ofSeconds(4), f.backoffWaits());
    assertEquals(Duration.ofSeconds(7), f.waits());
  }

  @Test
  void oneFigureLinePerSiteInOrder() {
    take();
    budget.tryTake("a.example:443");
    assertEquals(
        List.of("a.example:443", "shop.example:443"),
        budget.figures().stream().map(SiteFigures::site).toList());
  }

  private void take() {
    now.addAndGet(0);
    while (!budget.tryTake(shop)) {
      now.addAndGet(MS);
    }
  }

  private SiteFigures figures() {
    return budget.figures().stream().filter(f -> f.site().equals(shop)).findFirst().orElseThrow();
  }
}
