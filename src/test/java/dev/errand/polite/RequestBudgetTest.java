package dev.errand.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class RequestBudgetTest {

  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(50 * SECOND);
  private final RequestBudget budget = new RequestBudget(now::get, new Backoff(() -> 0.0));
  private final String shop = RequestBudget.site(URI.create("https://Shop.example/events"));

  @Test
  void oneRequestASecondPerSiteFromEveryoneTogether() {
    assertTrue(budget.tryTake(shop));
    now.addAndGet(SECOND);
    assertFalse(budget.tryTake(shop), "a second and a tenth apart");
    assertTrue(budget.tryTake(RequestBudget.site(URI.create("https://other.example/"))));
    now.addAndGet(SECOND / 10);
    assertTrue(budget.tryTake(shop));
    // a page load the browser made by itself counts too
    now.addAndGet(2 * SECOND);
    budget.record(shop, now.get());
    assertEquals(RequestBudget.SPACING, budget.wait(shop));
    assertEquals(3, budget.requests(shop));
  }

  @Test
  void theSpacingAlsoCountsFromTheAnswerSoASlowRequestCannotCrowdTheNext() {
    assertTrue(budget.tryTake(shop));
    // the request left late (a first connection) and was answered 300 ms after its turn
    now.addAndGet(3 * SECOND / 10);
    budget.answered(shop);
    now.addAndGet(SECOND);
    assertFalse(budget.tryTake(shop), "1.1 s after the turn, but only 1 s after the answer");
    assertEquals(Duration.ofMillis(100), budget.wait(shop));
    now.addAndGet(SECOND / 10);
    assertTrue(budget.tryTake(shop));
  }

  @Test
  void nothingInsideARetryAfterWindowAndABackoffWithout() {
    assertTrue(budget.tryTake(shop));
    assertEquals(Duration.ofSeconds(3), budget.refused(shop, Optional.of(Duration.ofSeconds(3))));
    now.addAndGet(2 * SECOND);
    assertFalse(budget.tryTake(shop));
    now.addAndGet(SECOND);
    assertTrue(budget.tryTake(shop));
    assertEquals(Duration.ofSeconds(4), budget.refused(shop, Optional.empty()), "2nd in a row");
    budget.answered(shop);
    assertEquals(Duration.ofSeconds(2), budget.refused(shop, Optional.empty()), "from the start");
  }

  @Test
  void refusalsAre429AndServerErrors() {
    assertTrue(RequestBudget.refusal(429));
    assertTrue(RequestBudget.refusal(503));
    assertTrue(RequestBudget.refusal(500));
    assertFalse(RequestBudget.refusal(404));
    assertFalse(RequestBudget.refusal(200));
    assertEquals("shop.example:443", shop);
    assertEquals("127.0.0.1:8080", RequestBudget.site(URI.create("http://127.0.0.1:8080/")));
  }

  @Test
  void theBackoffDoublesUpToAMinuteWithJitterOnTop() {
    Backoff none = new Backoff(() -> 0.0);
    assertEquals(Duration.ofSeconds(2), none.after(1));
    assertEquals(Duration.ofSeconds(8), none.after(3));
    assertEquals(Duration.ofSeconds(60), none.after(12));
    assertEquals(2_999, new Backoff(() -> 0.999).after(1).toMillis());
  }
}
