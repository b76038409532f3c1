package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.recipe.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {

  static final Instant START = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;

  @Test
  void theSummaryHasTheOutcomeAndTheKeyFigures() throws IOException {
    FixtureRun run = FixtureRun.demo(root, START, "abc123", 40);
    assertTrue(SummaryWriter.write(run.dir()));
    JsonNode s = Journal.json().readTree(run.dir().resolve("summary.json").toFile());
    assertEquals(run.id(), s.get("id").asText());
    assertEquals("reached-payment", s.get("outcome").asText());
    assertEquals("Demo shop — two tickets", s.get("recipe").asText());
    assertEquals("abc123", s.get("recipeSha256").asText());
    assertEquals(66.0, s.get("reactionMs").asDouble(), 0.01);
    assertEquals(6.0, s.get("firedMs").asDouble(), 0.01);
    assertEquals(2500.0, s.get("clockOffsetMs").asDouble(), 0.01);
    assertEquals(5, s.get("steps").get("total").asInt());
    assertEquals(5, s.get("steps").get("ok").asInt());
    assertEquals(2, s.get("screenshots").size());
    assertFalse(Files.exists(run.dir().resolve("summary.json.tmp")));
  }

  @Test
  void aCrashedRunSaysCrashedAndWhere() throws IOException {
    FixtureRun run =
        FixtureRun.start(root, "Crashy", "sha", START, START.plusSeconds(9), Duration.ZERO);
    run.startOnly(Phase.ARM, 0, FixtureRun.goTo("/x", 3)).close();
    assertTrue(SummaryWriter.write(run.dir()));
    JsonNode s = Journal.json().readTree(run.dir().resolve("summary.json").toFile());
    assertEquals("crashed", s.get("outcome").asText());
    assertEquals("goto /x", s.get("step").asText());
    assertFalse(s.has("ended"));
  }

  @Test
  void neverThrowsWhenThereIsNothingToSummarise() {
    assertFalse(SummaryWriter.write(root.resolve("missing")));
  }
}
