package dev.errand.bench;

import static dev.errand.bench.FaultSamples.errandSaid;
import static dev.errand.bench.FaultSamples.naiveFailed;
import static dev.errand.bench.FaultSamples.politeShop;
import static dev.errand.bench.FaultSamples.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fault bench's text and JSON on hand-made runs. */
@Timeout(10)
class FaultTableTest {

  static FaultReport report() {
    FaultSummary errand =
        new FaultSummary(
            BenchReport.ERRAND,
            List.of(
                run(FaultMode.LATE, 1, "errand", politeShop(3_000L), errandSaid("reached-payment")),
                run(FaultMode.LATE, 2, "errand", politeShop(null), errandSaid("sold-out"))));
    FaultSummary naive =
        new FaultSummary(
            BenchReport.NAIVE,
            List.of(
                naiveFailed(FaultMode.LATE, 1, politeShop(null)),
                naiveFailed(FaultMode.LATE, 2, politeShop(null))));
    return new FaultReport(
        "test",
        Instant.EPOCH,
        Duration.ofSeconds(120),
        new FaultBench.Settings(
            2, 7, Duration.ofSeconds(15), FaultMode.QUEUE_WAIT, Duration.ofMinutes(3)),
        List.of(new FaultResults(FaultMode.LATE, FaultMode.QUEUE_WAIT, List.of(errand, naive))));
  }

  @Test
  void aModeShowsARowPerStrategyEveryRunAndItsTargets() {
    String text = String.join("\n", FaultTable.lines(report()));
    assertTrue(text.contains("late: the sale really opens 0–2 s"), text);
    assertTrue(text.contains("false sold-outs"), text);
    assertTrue(
        text.lines().anyMatch(l -> l.matches("errand +1 of 2 \\(50%\\) +3\\.0 s +1 .* 1 .*")),
        text);
    assertTrue(text.lines().anyMatch(l -> l.matches("naive +0 of 2 \\(0%\\) +– .*– .* 2")), text);
    assertTrue(text.contains("run 2 · late · errand · sold-out"), text);
    assertTrue(text.contains("FALSE SOLD-OUT"), text);
    assertTrue(text.contains("naive script: Timeout 30000ms exceeded."), text);
    assertTrue(
        text.contains("✗ errand false sold-outs (said sold out with tickets on sale): 1 of 2 runs"),
        text);
  }

  @Test
  void theJsonHoldsEveryRunAndTheTargets() {
    JsonNode late = FaultJson.tree(report()).get("modes").get("late");
    JsonNode errand = late.get("strategies").get("errand");
    assertEquals(1, errand.get("summary").get("reachedPayment").asInt());
    assertEquals(3000.0, errand.get("summary").get("medianToPaymentMs").asDouble());
    assertEquals(1, errand.get("summary").get("falseSoldOuts").asInt());
    assertEquals(2, errand.get("runs").size());
    JsonNode naive = late.get("strategies").get("naive");
    assertTrue(naive.get("summary").get("falseSoldOuts").isNull(), naive.toPrettyString());
    assertEquals(2, naive.get("summary").get("failed").asInt());
    assertTrue(naive.get("runs").get(0).get("outcome").isNull());
    assertEquals(1, late.get("targets").size());
    assertTrue(!late.get("targets").get(0).get("met").asBoolean());
  }
}
