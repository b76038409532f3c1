package dev.errand.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.FixtureRun;
import dev.errand.polite.SiteFigures;
import dev.errand.recipe.Phase;
import dev.errand.report.HtmlReport;
import dev.errand.run.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attempts show} and the HTML report tell what the site answered: each step's page status,
 * each retry, and the requests per site with the most in any one second and the waits imposed.
 */
@Timeout(10)
class SiteFiguresViewTest {

  static final Instant T = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir java.nio.file.Path root;

  private AttemptRecord overloadedRun() {
    return AttemptReader.read(
        FixtureRun.start(root, "Overloaded", "x", T, T.plusSeconds(30), Duration.ZERO)
            .phase(Phase.ARM, 1)
            .load(Phase.ARM, 0, FixtureRun.goTo("/events/aurora", 14), 2_400, 503, 2_000, 200)
            .site(
                new SiteFigures(
                    "127.0.0.1:4000", 9, 8, 1, 1, 1, Duration.ofSeconds(2), Duration.ZERO))
            .outcome(Outcome.COMPLETED, "all steps done")
            .close()
            .dir());
  }

  @Test
  void theRecordHasTheStatusTheRetryAndTheSite() {
    AttemptRecord a = overloadedRun();
    assertEquals(OptionalInt.of(200), a.steps().get(0).status());
    assertEquals(1, a.sites().size());
    assertTrue(
        a.notes().stream()
            .anyMatch(
                n ->
                    n.message().equals("HTTP 503 — retrying in 2s as the site asked (try 2 of 3)")),
        a.notes().toString());
  }

  @Test
  void attemptsShowTellsTheSiteLineAndTheRetry() {
    List<String> lines =
        AttemptsTimeline.render(overloadedRun(), AttemptsViewsTest.console(false), ZoneOffset.UTC);
    String text = String.join("\n", lines);
    assertTrue(
        text.contains(
            "site     127.0.0.1:4000: 9 requests, at most 1 page load in any second; 1 refused,"
                + " 1 retry; left it alone 2s (Retry-After 2s)"),
        text);
    assertTrue(text.contains("HTTP 503 — retrying in 2s as the site asked (try 2 of 3)"), text);
  }

  @Test
  void theHtmlReportTellsTheSiteLine() {
    String html = HtmlReport.render(overloadedRun(), ZoneOffset.UTC, T.plusSeconds(60), "dev");
    assertTrue(html.contains("9 requests, at most 1 page load in any second"), html);
  }
}
