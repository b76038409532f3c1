package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrandStrategyTest {

  @Test
  void theMeasuredOffsetIsTheLastSuccessfulClockSync(@TempDir Path tmp) throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(
        journal,
        String.join(
            "\n",
            "{\"event\":\"run-start\"}",
            "{\"event\":\"clock-sync\",\"phase\":\"arm\",\"ok\":true,\"offsetMs\":-2998.5}",
            "{\"event\":\"clock-sync\",\"phase\":\"arm\",\"ok\":true,\"offsetMs\":-2999.25}",
            "{\"event\":\"clock-sync\",\"phase\":\"re-sync\",\"ok\":false,\"message\":\"x\"}",
            "{\"event\":\"outcome\"}",
            ""));
    assertEquals(
        Optional.of(Duration.ofMillis(-2999).minusNanos(250_000)),
        ErrandStrategy.measuredOffset(ErrandStrategy.events(journal)));
  }

  @Test
  void noSuccessfulSyncMeansNoOffset(@TempDir Path tmp) throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(
        journal, "{\"event\":\"clock-sync\",\"ok\":false,\"message\":\"too close\"}\n");
    assertEquals(Optional.empty(), ErrandStrategy.measuredOffset(ErrandStrategy.events(journal)));
  }

  @Test
  void theBuyControlShowedWhenTheFirstAtReleaseWaitThatHeldEnded(@TempDir Path tmp)
      throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(
        journal,
        String.join(
            "\n",
            "{\"event\":\"step-start\",\"phase\":\"arm\",\"index\":0,\"type\":\"wait-for\"}",
            "{\"event\":\"step-end\",\"phase\":\"arm\",\"index\":0,\"type\":\"wait-for\","
                + "\"result\":\"ok\",\"durationMs\":5}",
            "{\"event\":\"step-start\",\"phase\":\"at-release\",\"index\":0,"
                + "\"type\":\"wait-for\",\"sinceReleaseMs\":2.0}",
            "{\"event\":\"step-end\",\"phase\":\"at-release\",\"index\":0,"
                + "\"type\":\"wait-for\",\"result\":\"failed-optional\",\"durationMs\":3000}",
            "{\"event\":\"step-start\",\"phase\":\"at-release\",\"index\":2,"
                + "\"type\":\"wait-for\",\"sinceReleaseMs\":3100.5}",
            "{\"event\":\"step-end\",\"phase\":\"at-release\",\"index\":2,"
                + "\"type\":\"wait-for\",\"result\":\"ok\",\"durationMs\":80.25}",
            ""));
    assertEquals(
        Optional.of(Duration.ofMillis(3180).plusNanos(750_000)),
        ErrandStrategy.controlShown(ErrandStrategy.events(journal)));
  }

  @Test
  void noWaitThatHeldMeansNoTime(@TempDir Path tmp) throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(journal, "{\"event\":\"outcome\"}\n");
    assertEquals(Optional.empty(), ErrandStrategy.controlShown(ErrandStrategy.events(journal)));
  }

  @Test
  void theMarginIsTheReleaseEventsAndTheReloadTheFirstThatRan(@TempDir Path tmp)
      throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(
        journal,
        String.join(
            "\n",
            "{\"event\":\"release\",\"marginMs\":6.5,\"lateMs\":0.1}",
            "{\"event\":\"step-start\",\"phase\":\"at-release\",\"index\":0,"
                + "\"type\":\"reload\",\"sinceReleaseMs\":6.75}",
            "{\"event\":\"step-end\",\"phase\":\"at-release\",\"index\":0,"
                + "\"type\":\"reload\",\"result\":\"ok\",\"durationMs\":0.5}",
            ""));
    var events = ErrandStrategy.events(journal);
    assertEquals(Optional.of(Duration.ofNanos(6_500_000)), ErrandStrategy.margin(events));
    assertEquals(Optional.of(Duration.ofNanos(6_750_000)), ErrandStrategy.reloadStarted(events));
  }

  @Test
  void aSkippedReloadIsNoReload(@TempDir Path tmp) throws IOException {
    Path journal = tmp.resolve("journal.jsonl");
    Files.writeString(
        journal,
        String.join(
            "\n",
            "{\"event\":\"step-start\",\"phase\":\"at-release\",\"index\":1,"
                + "\"type\":\"reload\",\"sinceReleaseMs\":3000.0}",
            "{\"event\":\"step-end\",\"phase\":\"at-release\",\"index\":1,"
                + "\"type\":\"reload\",\"result\":\"skipped\",\"durationMs\":0.1}",
            ""));
    var events = ErrandStrategy.events(journal);
    assertEquals(Optional.empty(), ErrandStrategy.reloadStarted(events));
    assertEquals(Optional.empty(), ErrandStrategy.margin(events));
  }

  @Test
  void theServerPageGetsTheBenchsOwnRecipeAndTheOthersTheDemoRecipe() {
    assertEquals(
        ErrandStrategy.SERVER_PAGE_RECIPE,
        ErrandStrategy.recipeFor(dev.errand.demo.DemoShopConfig.SalePage.SERVER));
    assertEquals(
        dev.errand.attempt.Bundled.DEMO_RECIPE,
        ErrandStrategy.recipeFor(dev.errand.demo.DemoShopConfig.SalePage.FORM));
    assertEquals(
        dev.errand.attempt.Bundled.DEMO_RECIPE,
        ErrandStrategy.recipeFor(dev.errand.demo.DemoShopConfig.SalePage.COUNTDOWN));
  }
}
