package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class QuietWindowTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final QuietWindow window = new QuietWindow(Duration.ofMillis(300), now::get);

  @Test
  void nothingIsLeftOfAWindowThatNeverBegan() {
    assertEquals(Duration.ZERO, window.left());
    window.await(); // returns at once
  }

  @Test
  void theWindowRunsFromItsBeginning() {
    window.begin();
    now.addAndGet(Duration.ofMillis(120).toNanos());
    assertEquals(Duration.ofMillis(180), window.left());
    now.addAndGet(Duration.ofMillis(500).toNanos());
    assertEquals(Duration.ZERO, window.left());
  }

  @Test
  void beginningAgainStartsAFreshWindow() {
    window.begin();
    now.addAndGet(Duration.ofMillis(250).toNanos());
    window.begin();
    assertEquals(Duration.ofMillis(300), window.left());
  }

  @Test
  void awaitReturnsWhenTheWindowIsOverOnTheRealClock() {
    QuietWindow real = new QuietWindow(Duration.ofMillis(40), System::nanoTime);
    long before = System.nanoTime();
    real.begin();
    real.await();
    assertTrue(System.nanoTime() - before >= Duration.ofMillis(40).toNanos());
    assertEquals(Duration.ZERO, real.left());
  }
}
