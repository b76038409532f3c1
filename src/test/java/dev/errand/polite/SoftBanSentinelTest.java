package dev.errand.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class SoftBanSentinelTest {

  private final SoftBanSentinel sentinel = new SoftBanSentinel();

  @Test
  void threeForbiddenAnswersInARowMeanTheSiteRefusesErrand() {
    sentinel.answered(403);
    sentinel.answered(403);
    assertTrue(sentinel.verdict().isEmpty(), "two are not yet a streak");
    sentinel.answered(403);
    assertEquals(Optional.of("the site answered 403 three times in a row"), sentinel.verdict());
  }

  @Test
  void anAnswerThatServesEndsTheStreak() {
    sentinel.answered(429);
    sentinel.answered(429);
    sentinel.answered(200);
    sentinel.answered(429);
    sentinel.answered(302);
    sentinel.answered(403);
    sentinel.answered(404);
    assertTrue(sentinel.verdict().isEmpty());
  }

  @Test
  void aMixedStreakSaysBoth() {
    sentinel.answered(429);
    sentinel.answered(403);
    sentinel.answered(429);
    assertEquals(
        Optional.of("the site answered 403 and 429 three times in a row"), sentinel.verdict());
  }

  @Test
  void oneBlockPageIsEnoughAndTheVerdictStays() {
    sentinel.blockPage("an Akamai block page");
    sentinel.answered(200);
    sentinel.answered(403);
    assertEquals(Optional.of("the site showed an Akamai block page"), sentinel.verdict());
  }
}
