package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.journal.Journal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand bench --faults overload --runs 1}: one whole purchase by errand and one by the
 * naive script on an overloaded demo shop (30 % failing pages, 1 page load a second), paced as real
 * runs are. Checks the table's shape and that the shop's figures are there and plausible, not that
 * the targets are met.
 */
class BenchFaultsIT {

  @Test
  @Timeout(150)
  void anOverloadRunOfEachStrategyIsMeasuredOnTheShopsSide(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("faults.json");
    CliRunner.Result r =
        new CliRunner(Path.of("").toAbsolutePath())
            .politePacing()
            .env("ERRAND_HOME", tmp.resolve("home").toString())
            .run(
                "bench",
                "--faults",
                "overload",
                "--runs",
                "1",
                "--seed",
                "7",
                "--release-in",
                "4s",
                "--out",
                out.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());

    String text = r.out();
    assertTrue(text.contains("overload: 30% of page loads fail"), "the mode's line: " + r);
    for (String strategy : List.of("errand", "naive")) {
      assertTrue(
          Pattern.compile("(?m)^" + strategy + " +[01] of 1 \\((0|100)%\\) +(\\d+\\.\\d s|–) +\\d")
              .matcher(text)
              .find(),
          "a row with figures for " + strategy + ":\n" + r);
      assertTrue(
          Pattern.compile("(?m)^  run 1 · overload · " + strategy + " +· ").matcher(text).find(),
          "the run's line: " + r);
    }
    for (String target :
        List.of(
            "errand runs reaching the payment handoff on the real payment page",
            "errand Retry-After and rate-limit violations",
            "errand page loads in any one second")) {
      assertTrue(
          Pattern.compile("(?m)^  [✓✗] " + Pattern.quote(target)).matcher(text).find(),
          "the target judged: " + target + "\n" + r);
    }
    assertTrue(!text.contains("outcome:"), "errand's own output stays out of the table: " + r);

    JsonNode overload = Journal.json().readTree(out.toFile()).get("modes").get("overload");
    assertEquals(3, overload.get("targets").size(), overload.toPrettyString());
    for (String strategy : List.of("errand", "naive")) {
      JsonNode s = overload.get("strategies").get(strategy);
      assertEquals(1, s.get("runs").size(), strategy + ": " + s);
      JsonNode run = s.get("runs").get(0);
      int loads = run.get("pageLoads").asInt();
      assertTrue(loads >= 1, strategy + " loaded the event page at least: " + run);
      int densest = run.get("densestSecondPageLoads").asInt();
      assertTrue(densest >= 1 && densest <= loads, strategy + ": " + run);
      assertTrue(run.get("retries").asInt() >= 0, strategy + ": " + run);
      assertTrue(run.get("retryAfterViolations").asInt() >= 0, strategy + ": " + run);
      assertTrue(run.get("rateLimitViolations").asInt() >= 0, strategy + ": " + run);
      assertTrue(run.get("tookSeconds").asDouble() > 0, strategy + ": " + run);
      if (run.get("reachedPayment").asBoolean()) {
        double ms = run.get("paymentPageMs").asDouble();
        assertTrue(ms > 0 && ms < 120_000, "the payment page after the release: " + run);
      } else {
        assertTrue(run.get("paymentPageMs").isNull(), strategy + ": " + run);
      }
    }
    JsonNode errand = overload.get("strategies").get("errand").get("runs").get(0);
    assertTrue(errand.get("outcome").isTextual(), "errand said how it ended: " + errand);
    assertEquals(false, errand.get("timedOut").asBoolean(), errand.toString());
    RunIT.assertNoBrowserLeft();
  }
}
