package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.SiteFigures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class SiteSummariesTest {

  @Test
  void oneLineWithWhatIsNotZero() {
    JournalEvent.SiteSummary quiet =
        SiteSummaries.of(
            new SiteFigures("shop.example:443", 9, 8, 1, 0, 0, Duration.ZERO, Duration.ZERO),
            Instant.EPOCH);
    assertEquals(
        "shop.example:443: 9 requests, at most 1 page load in any second",
        SiteSummaries.describe(quiet));
    JournalEvent.SiteSummary busy =
        SiteSummaries.of(
            new SiteFigures(
                "shop.example:443",
                14,
                12,
                1,
                2,
                2,
                Duration.ofSeconds(2),
                Duration.ofMillis(2150)),
            Instant.EPOCH);
    assertEquals(
        "shop.example:443: 14 requests, at most 1 page load in any second; 2 refused, 2 retries;"
            + " left it alone 4.1s (Retry-After 2s, backoff 2.1s)",
        SiteSummaries.describe(busy));
  }

  @Test
  void anOldOrPartialEventStillReads() {
    assertEquals(
        "?: 0 requests, at most 0 page loads in any second",
        SiteSummaries.describe(
            new JournalEvent.SiteSummary(null, null, null, null, null, null, null, null, null)));
  }
}
