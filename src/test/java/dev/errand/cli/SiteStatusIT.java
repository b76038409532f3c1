package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site answered is on the record, and errand stops pushing when the site stops serving it:
 * the demo recipe against a shop that blocks a client after a few page loads (403 "Access Denied",
 * as a bot manager does) ends {@code blocked}, with next to no requests after the first 403; one
 * that only answers 503 ends {@code failed}, saying for how long and how many requests.
 */
@Timeout(180)
class SiteStatusIT {

  @Test
  void aShopThatBlocksErrandEndsTheRunBlockedWithoutHammeringIt(@TempDir Path tmp)
      throws IOException {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(15)).withoutRivals().withBlockAfter(2))) {
      CliRunner.Result r = run(shop, tmp);

      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertTrue(r.out().contains("outcome: blocked — the site showed"), r.out());
      assertTrue(r.out().contains("Access Denied"), r.out());
      assertFalse(r.out().contains("errand hands over"), "nothing to hand over: " + r.out());
      assertTrue(
          shop.blockedPageLoads() >= 1 && shop.blockedPageLoads() <= 3,
          "stopped at once after the first 403, not "
              + shop.blockedPageLoads()
              + " blocked page loads: "
              + r.out());
      List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
      assertTrue(
          StrikeIT.all(events, JournalEvent.PageAnswer.class).stream()
              .anyMatch(p -> Integer.valueOf(403).equals(p.status())),
          "the 403 is on the record");
      assertEquals("blocked", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
      JournalEvent.SiteSummary site = StrikeIT.first(events, JournalEvent.SiteSummary.class);
      assertNotNull(site, "the journal sums up the site");
      assertTrue(site.requests() >= 3, site.toString());
    }
  }

  @Test
  void aShopThatOnlyAnswers503EndsFailedSayingForHowLongAndHowManyRequests(@TempDir Path tmp)
      throws IOException {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(15))
                .withoutRivals()
                .withErrors(1.0, 0)
                .withFaultSeed(3))) {
      CliRunner.Result r = run(shop, tmp);

      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertTrue(r.out().contains("outcome: failed"), r.out());
      assertTrue(r.out().contains("the site kept answering 503 for "), r.out());
      assertTrue(r.out().contains("requests to it in this run"), r.out());
      assertTrue(r.out().contains("errand does not hammer it"), r.out());
      List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
      // the clock probes met 503s too: the backoff they share may leave no time for a retry
      List<JournalEvent.Retry> retries = StrikeIT.all(events, JournalEvent.Retry.class);
      assertTrue(retries.stream().allMatch(e -> Integer.valueOf(503).equals(e.status())));
      assertTrue(
          StrikeIT.all(events, JournalEvent.StepEnd.class).stream()
              .filter(e -> e.type().equals("goto"))
              .allMatch(e -> Integer.valueOf(503).equals(e.status())),
          "the goto's status is the 503 it got");
      JournalEvent.SiteSummary site = StrikeIT.first(events, JournalEvent.SiteSummary.class);
      assertNotNull(site, "the journal sums up the site");
      assertTrue(site.refusals() >= 2, site.toString());
      assertEquals(retries.size(), site.retries(), site.toString());
      assertEquals(0, shop.errorRetryAfterViolations(), "every Retry-After honoured");
      assertTrue(shop.payments().isEmpty());
    }
  }

  @Test
  void aShopThatDropsEveryConnectionIsRetriedBoundedlyAndEndsFailedSayingSo(@TempDir Path tmp)
      throws IOException {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(15))
                .withoutRivals()
                .withDroppedConnections(1.0)
                .withFaultSeed(3))) {
      CliRunner.Result r = run(shop, tmp);

      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertFalse(r.out().contains("✓ goto"), "no answer is no ✓: " + r.out());
      assertTrue(r.out().contains("the site kept giving no answer ("), r.out());
      assertTrue(r.out().contains("errand does not hammer it"), r.out());
      assertTrue(shop.droppedConnections() <= 8, "bounded: " + shop.droppedConnections());
    }
  }

  /** {@code errand run} of the demo recipe against {@code shop}, nobody to take over. */
  static CliRunner.Result run(DemoShop shop, Path tmp) {
    return new CliRunner(Path.of("").toAbsolutePath())
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .runAgainst(shop, "recipes/demo-shop.yaml", tmp.resolve("attempts"));
  }
}
