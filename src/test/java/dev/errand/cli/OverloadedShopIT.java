package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand demo} on an overloaded shop: 30 % of page loads fail (503, some with {@code
 * Retry-After}, some as 200 error pages) and one page load a second per client is allowed (429
 * beyond). A form answered with an error page is sent again from its page. errand reaches payment
 * at the polite pacing of every real run, never inside a {@code Retry-After} window and never two
 * page loads in a second, and the journal has the status of every page a step loaded. Runs alone:
 * the shop times requests to the millisecond.
 */
@Tag("alone")
@Timeout(240)
class OverloadedShopIT {

  @Test
  void reachesPaymentPolitelyWithAStatusOnEveryNavigation(@TempDir Path workDir)
      throws IOException {
    CliRunner.Result r =
        new CliRunner(workDir)
            .politePacing()
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run(
                "demo",
                "--release-in",
                "30s",
                "--errors",
                "30%",
                "--seed",
                "23",
                "--rate-limit",
                "1");

    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    // with this seed the checkout form is answered with a 503 page: errand goes back to the form's
    // page and sends it again, rather than failing
    assertTrue(r.out().contains("the site answered the form with an error page"), r.out());
    assertTrue(r.out().contains("errand goes back to "), r.out());
    assertTrue(r.out().contains("and counted 0 Retry-After violations"), r.out());
    assertTrue(
        r.out().contains("rate limit (1 page load a second) refused 0 and counted 0 violations"),
        r.out());

    List<JournalEvent> events = StrikeIT.journal(workDir.resolve("attempts"));
    List<JournalEvent.Retry> retries = StrikeIT.all(events, JournalEvent.Retry.class);
    for (JournalEvent.Retry retry : retries) {
      assertTrue(r.out().contains(retry.refusal() + " — retrying in "), "shown: " + retry);
    }
    List<JournalEvent.StepEnd> loads =
        StrikeIT.all(events, JournalEvent.StepEnd.class).stream()
            .filter(e -> e.type().equals("goto") || e.type().equals("reload"))
            .filter(e -> !"skipped".equals(e.result()))
            .toList();
    assertTrue(!loads.isEmpty(), "the recipe loads pages");
    for (JournalEvent.StepEnd load : loads) {
      assertNotNull(load.status(), "a status on every page load: " + load);
      assertNotNull(load.url(), "and its URL: " + load);
    }
    assertTrue(
        StrikeIT.all(events, JournalEvent.StepEnd.class).stream()
            .anyMatch(e -> e.type().equals("click") && e.status() != null),
        "a click that loads a page has its status too");
    JournalEvent.SiteSummary site = StrikeIT.first(events, JournalEvent.SiteSummary.class);
    assertNotNull(site, "the journal sums up the site");
    assertEquals(1, site.mostInOneSecond(), "never two page loads within a second: " + site);
    assertEquals(retries.size(), site.retries(), site.toString());
    RunIT.assertNoBrowserLeft();
  }
}
