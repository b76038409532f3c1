package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.polite.RequestBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sync against servers as they are at a sale: slow to render and stamping {@code Date} at the
 * end of that work, rate-limited, refusing. On fake time: nothing sleeps.
 */
@Timeout(30)
class PoliteSyncTest {

  private static final ClockSync.Options DEFAULTS = ClockSync.Options.defaults();

  @Test
  void aServerThatStampsAtTheEndOfItsWorkNeverMakesTheMarginTooSmall() {
    Random random = new Random(7);
    for (int run = 0; run < 60; run++) {
      Duration truth = Duration.ofMillis(random.nextInt(6_001) - 3_000).plusNanos(random.nextInt());
      long workMillis = random.nextInt(151);
      // every path renders slowly here, so the choice of target cannot help
      FakeSite site =
          new FakeSite(truth)
              .trip(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(2))
              .working(path -> Duration.ofMillis(workMillis).plusNanos(random.nextInt(5_000_000)));

      SyncResult result = site.sync(DEFAULTS).run();

      // waiting until the estimate reads instant + margin is never early on the true clock
      Duration earliestTrueOffset = result.offset().minus(result.uncertainty());
      assertTrue(
          earliestTrueOffset.compareTo(truth) <= 0,
          "work " + workMillis + " ms: margin misses the truth " + truth + ": " + result);
      assertTrue(result.bounds().contains(truth), result::toString);
    }
  }

  @Test
  void theFastestPathIsProbedAndSaid() {
    Duration truth = Duration.ofMillis(1_234);
    FakeSite site =
        new FakeSite(truth)
            .working(path -> path.equals("/") ? Duration.ofMillis(120) : Duration.ZERO)
            .working(
                path ->
                    switch (path) {
                      case "/" -> Duration.ofMillis(120);
                      case "/favicon.ico" -> Duration.ofMillis(5);
                      default -> Duration.ZERO;
                    });

    SyncResult result = site.sync(DEFAULTS).run();

    assertEquals("/robots.txt", result.target());
    assertTrue(result.summary().contains("to /robots.txt"), result.summary());
    List<String> later = site.paths.subList(4, site.paths.size());
    assertTrue(later.stream().allMatch("/robots.txt"::equals), later.toString());
    assertTrue(result.uncertainty().toMillis() <= 1, result::toString);
  }

  @Test
  void probesAreAtLeastASecondApartFromTheFirst() {
    FakeSite site = new FakeSite(Duration.ofMillis(-700));

    site.sync(DEFAULTS).run();

    for (int i = 1; i < site.sentAt.size(); i++) {
      long gap = site.sentAt.get(i) - site.sentAt.get(i - 1);
      assertTrue(gap >= 1_000_000_000L, "probes " + (i - 1) + " and " + i + ": " + gap + " ns");
    }
  }

  @Test
  void a429StopsProbingForItsRetryAfterAndItsDateIsNotUsed() {
    Duration truth = Duration.ofMillis(300);
    FakeSite site =
        new FakeSite(truth)
            .status(n -> n == 2 || n == 3 ? 429 : 200)
            // the refusals come from a front end whose clock is an hour off
            .headers(
                n ->
                    n == 2 || n == 3
                        ? Map.of("Retry-After", "3", "Date", "Sun, 01 Mar 2026 11:00:00 GMT")
                        : Map.of());

    SyncResult result = site.sync(DEFAULTS).run();

    assertTrue(result.bounds().contains(truth), result::toString);
    assertEquals(Sample.Use.REFUSED, result.samples().get(2).use());
    assertEquals(Sample.Use.REFUSED, result.samples().get(3).use());
    assertTrue(
        site.sentAt.get(3) - site.sentAt.get(2) >= 3_000_000_000L, "waited out the Retry-After");
    assertTrue(site.sentAt.get(4) - site.sentAt.get(3) >= 3_000_000_000L, "and the second one too");
    assertTrue(
        result.warnings().stream().anyMatch(w -> w.contains("the site refused 2 probes")),
        result.warnings().toString());
  }

  @Test
  void aSiteThatRefusesEveryProbeFailsAfterThreeNeverByProbingHarder() {
    FakeSite site =
        new FakeSite(Duration.ZERO).status(n -> 429).headers(n -> Map.of("Retry-After", "3"));

    ClockSyncException e = assertThrows(ClockSyncException.class, () -> site.sync(DEFAULTS).run());

    assertEquals(
        "could not read the clock of https://shop.example/: the site answered 429 to 3 requests"
            + " in a row",
        e.getMessage());
    assertEquals(3, site.requests());
    for (int i = 1; i < site.sentAt.size(); i++) {
      assertTrue(site.sentAt.get(i) - site.sentAt.get(i - 1) >= 3_000_000_000L);
    }
  }

  @Test
  void anHourLongRetryAfterEndsTheSyncAtOnce() {
    FakeSite site =
        new FakeSite(Duration.ZERO)
            .status(n -> n == 0 ? 503 : 200)
            .headers(n -> Map.of("Retry-After", "3600"));

    ClockSyncException e = assertThrows(ClockSyncException.class, () -> site.sync(DEFAULTS).run());

    assertTrue(e.getMessage().contains("asked errand to wait"), e.getMessage());
    assertEquals(1, site.requests());
  }

  @Test
  void aRetryAfterAsAnHttpDateIsReadOnTheSitesClock() {
    FakeSite site = new FakeSite(Duration.ofSeconds(-7));
    site.status(n -> n == 1 ? 429 : 200)
        .headers(
            n -> n == 1 ? Map.of("Retry-After", site.dateAgo(Duration.ofSeconds(-5))) : Map.of());

    site.sync(DEFAULTS).run();

    long gap = site.sentAt.get(2) - site.sentAt.get(1);
    assertTrue(gap >= 4_000_000_000L && gap < 6_500_000_000L, "waited " + gap + " ns");
  }

  @Test
  void garbageOrNoRetryAfterBacksOffByItself() {
    FakeSite site =
        new FakeSite(Duration.ofMillis(40))
            .status(n -> n == 1 || n == 2 ? 503 : 200)
            .headers(n -> n == 1 ? Map.of("Retry-After", "soon-ish") : Map.of());

    SyncResult result = site.sync(DEFAULTS).run();

    assertTrue(site.sentAt.get(2) - site.sentAt.get(1) >= 2_000_000_000L, "2 s after the first");
    assertTrue(site.sentAt.get(3) - site.sentAt.get(2) >= 4_000_000_000L, "4 s after the second");
    assertTrue(result.bounds().contains(Duration.ofMillis(40)), result::toString);
    assertTrue(
        result.samples().get(1).note().contains("unreadable Retry-After 'soon-ish'"),
        result.samples().get(1).toString());
  }

  @Test
  void aPageLoadInTheSharedBudgetPushesTheNextProbeBack() {
    FakeSite site = new FakeSite(Duration.ofMillis(5));
    RequestBudget budget = site.budget();
    // the browser loaded a page just now: the warm-up waits a second for its turn
    budget.record(
        RequestBudget.site(java.net.URI.create("https://shop.example/")), site.nanoTime.get());

    site.sync(DEFAULTS, budget).run();

    assertTrue(site.sentAt.get(0) - FakeSite.ANCHOR_NANO_TIME >= 1_000_000_000L);
  }

  @Test
  void aSyncCutShortByItsTimeLimitKeepsWhatItHasWithAWarning() {
    Duration truth = Duration.ofMillis(-1_500);
    FakeSite site = new FakeSite(truth);

    SyncResult result = site.sync(DEFAULTS.withTimeLimit(Duration.ofSeconds(5))).run();

    assertTrue(result.bounds().contains(truth), result::toString);
    assertTrue(result.probes() <= 6, result::toString);
    assertTrue(
        result.warnings().stream()
            .anyMatch(w -> w.startsWith("the sync stopped early (out of time")),
        result.warnings().toString());
    assertFalse(
        Instant.EPOCH
            .plusNanos(site.sentAt.get(site.sentAt.size() - 1))
            .isAfter(Instant.EPOCH.plusNanos(FakeSite.ANCHOR_NANO_TIME).plusSeconds(5)));
  }
}
