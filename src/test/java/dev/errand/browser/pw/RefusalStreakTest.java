package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class RefusalStreakTest {

  private final AtomicLong now = new AtomicLong(7_000_000_000L);
  private final RefusalStreak streak = new RefusalStreak(now::get);

  private static LoadPacer.Refusal refusal(String kind) {
    return new LoadPacer.Refusal(kind + " (...)", kind, null, Duration.ofSeconds(2), false);
  }

  @Test
  void saysForHowLongTheSiteKeptRefusingFromTheFirstRefusalToTheLast() {
    streak.add(refusal("HTTP 503"));
    now.addAndGet(2_100_000_000L);
    streak.add(refusal("HTTP 503"));
    now.addAndGet(4_200_000_000L);
    streak.add(refusal("HTTP 503"));
    assertEquals(
        "the site kept answering 503 for 6.3s (3 tries; 5 requests to it in this run)",
        streak.gaveUp(5, Optional.of(Duration.ofSeconds(2))));
  }

  @Test
  void mixedRefusalsAreNamedAndNoAnswerIsSaidSo() {
    streak.add(refusal("HTTP 503"));
    streak.add(refusal("an error page"));
    assertEquals(
        "the site kept refusing (HTTP 503, an error page) for 0ms (2 tries; 2 requests to it in"
            + " this run)",
        streak.gaveUp(2, Optional.empty()));
    RefusalStreak lost = new RefusalStreak(now::get);
    lost.add(refusal("no answer (the connection was reset)"));
    assertEquals(
        "the site kept giving no answer (the connection was reset) for 1.5s (1 try; 1 request to it in this run)",
        lost.gaveUp(1, Optional.of(Duration.ofMillis(1500))));
  }
}
