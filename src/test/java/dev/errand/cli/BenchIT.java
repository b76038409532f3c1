package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.journal.Journal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand bench --drops 2}: three strategies side by side on each drop, one drop on each sale
 * page, a table per page and JSON.
 */
class BenchIT {

  @Test
  void aDropOnEachSalePageMeasuresAllThreeStrategies(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("results/bench.json");
    CliRunner.Result r =
        new CliRunner(Path.of("").toAbsolutePath())
            .env("ERRAND_HOME", tmp.resolve("home").toString())
            .run("bench", "--drops", "2", "--out", out.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());

    for (String strategy : List.of("errand", "naive", "floor")) {
      assertTrue(
          Pattern.compile("(?m)^" + strategy + "\\s+-?\\d+\\.\\d ms\\s+").matcher(r.out()).find(),
          "a table row with figures for " + strategy + ":\n" + r);
      assertTrue(
          r.out().contains("drop 1/2 · countdown · skew +0.000 s · " + strategy), "progress: " + r);
      assertTrue(
          r.out().contains("drop 2/2 · form      · skew +0.000 s · " + strategy), "progress: " + r);
    }
    assertTrue(r.out().contains("countdown: a countdown"), "a table per kind: " + r);
    assertTrue(r.out().contains("form: the buy form is there"), "a table per kind: " + r);
    assertTrue(r.out().contains("errand median latency"), "targets: " + r);
    assertTrue(r.out().contains("errand had the buy control "), "the page's part apart: " + r);
    assertFalse(r.out().contains("outcome:"), "errand's own output stays out of the table: " + r);

    JsonNode root = Journal.json().readTree(out.toFile());
    assertEquals(2, root.get("drops").asInt(), root.toPrettyString());
    for (String page : List.of("countdown", "form")) {
      assertPage(root.get("kinds").get(page), page);
    }
    RunIT.assertNoBrowserLeft();
  }

  private static void assertPage(JsonNode page, String name) {
    assertNotNull(page, name);
    JsonNode strategies = page.get("strategies");
    assertEquals(3, strategies.size(), page.toPrettyString());
    for (String strategy : List.of("errand", "naive", "floor")) {
      JsonNode s = strategies.get(strategy);
      assertEquals(1, s.get("drops").size(), name + " " + strategy);
      JsonNode drop = s.get("drops").get(0);
      assertTrue(drop.get("latencyMs").isNumber(), strategy + ": " + drop);
      assertTrue(s.get("summary").get("medianMs").isNumber(), strategy + ": " + s);
      assertEquals(0, s.get("summary").get("failures").asInt(), strategy + ": " + s);
    }
    for (String onTime : List.of("errand", "floor")) {
      JsonNode drop = strategies.get(onTime).get("drops").get(0);
      assertFalse(drop.get("early").asBoolean(), onTime + " was early: " + drop);
      assertTrue(drop.get("latencyMs").asDouble() >= 0, onTime + ": " + drop);
      assertEquals(303, drop.get("status").asInt(), onTime + ": " + drop);
    }
    JsonNode errand = strategies.get("errand").get("drops").get(0);
    assertTrue(
        errand.get("measuredOffsetMs").isNumber(), "errand read the shop's clock: " + errand);
    assertTrue(errand.get("controlShownMs").isNumber(), "errand saw the control: " + errand);
  }
}
