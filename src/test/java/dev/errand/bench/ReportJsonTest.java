package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

  @Test
  void writesRawDropsAndSummariesInMilliseconds(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("deep/er/bench.json");
    ReportJson.write(SampleReports.twoDrops(), file);
    JsonNode root = new ObjectMapper().readTree(file.toFile());

    assertEquals("1.2.3", root.get("errand").asText());
    assertEquals(2, root.get("drops").asInt());
    assertEquals(List.of("form"), names(root.get("kinds")));
    JsonNode page = root.get("kinds").get("form");
    assertTrue(page.get("description").asText().contains("buy form"));
    assertEquals("form", page.get("salePage").asText());
    assertEquals(2, page.get("drops").asInt());
    assertEquals(-3000.0, page.get("skewsMs").get(0).asDouble());
    assertEquals(List.of("errand", "naive", "floor"), names(page.get("strategies")));

    JsonNode errand = page.get("strategies").get("errand");
    assertEquals(25.0, errand.get("summary").get("medianMs").asDouble());
    assertEquals(30.0, errand.get("summary").get("p95Ms").asDouble());
    assertEquals(0, errand.get("summary").get("early").asInt());
    assertEquals(4.0, errand.get("summary").get("offsetErrorMaxMs").asDouble());
    JsonNode first = errand.get("drops").get(0);
    assertEquals(1, first.get("drop").asInt());
    assertEquals(20.0, first.get("latencyMs").asDouble());
    assertEquals(-2999.0, first.get("measuredOffsetMs").asDouble());
    assertEquals(1.0, first.get("offsetErrorMs").asDouble());
    assertEquals(303, first.get("status").asInt());
    assertEquals(4.0, first.get("controlShownMs").asDouble());
    assertEquals(16.0, first.get("afterShownMs").asDouble());
    assertEquals(19.0, errand.get("summary").get("afterShownMedianMs").asDouble());

    JsonNode floor = page.get("strategies").get("floor");
    assertEquals(0.5, floor.get("drops").get(1).get("latencyMs").asDouble());
    assertFalse(floor.get("summary").has("offsetErrorMaxMs"), "only strategies that read clocks");
    assertFalse(floor.get("drops").get(0).has("controlShownMs"), "only strategies that tell");
    assertEquals(50.0, page.get("errandMedianRatio").get("toFloor").asDouble());
    assertEquals(6, page.get("targets").size());
    assertTrue(page.get("targets").get(1).get("met").asBoolean());
    assertEquals("19.0 ms", page.get("targets").get(4).get("figure").asText());
  }

  @Test
  void aFigureThatCouldNotBeMeasuredIsNull() {
    StrategySummary naive =
        StrategySummary.of(
            BenchReport.NAIVE,
            List.of(SampleReports.drop(BenchReport.NAIVE, 1, null, false, null, "no browser")));
    BenchReport report =
        new BenchReport(
            "x",
            java.time.Instant.EPOCH,
            java.time.Duration.ZERO,
            List.of(
                new PageResults(
                    SampleReports.PAGE, SampleReports.SKEWS.subList(0, 1), List.of(naive))));
    JsonNode root = ReportJson.tree(report).get("kinds").get("form");
    JsonNode drop = root.get("strategies").get("naive").get("drops").get(0);
    assertTrue(drop.get("latencyMs").isNull());
    assertEquals("no browser", drop.get("error").asText());
    assertEquals(1, root.get("strategies").get("naive").get("summary").get("failures").asInt());
    assertTrue(root.get("strategies").get("naive").get("summary").get("medianMs").isNull());
    assertTrue(root.get("errandMedianRatio").get("toNaive").isNull());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
