package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.pw.SharedBrowser;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand run} end to end: the real CLI entry point, headless Chromium, the demo shop on
 * 127.0.0.1. Each test starts its own shop.
 */
class RunIT {

  static final Path DEMO_RECIPE = Path.of("recipes/demo-shop.yaml").toAbsolutePath();

  @TempDir Path tmp;
  DemoShop shop;

  CliRunner cli() {
    // no DISPLAY in vars: headless; ERRAND_HOME: the profile's browser data goes to a temp dir
    return new CliRunner(Path.of("").toAbsolutePath())
        .env("ERRAND_HOME", tmp.resolve("home").toString());
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
    assertNoBrowserLeft();
  }

  CliRunner.Result run(DemoShopConfig config, Path recipe, String... extra) throws IOException {
    shop = DemoShop.start(config);
    return cli().runAgainst(shop, recipe.toString(), tmp.resolve("attempts"), extra);
  }

  List<JournalEvent> journal() throws IOException {
    return StrikeIT.journal(tmp.resolve("attempts"));
  }

  /** The last event of {@code type}, or null. */
  static <E extends JournalEvent> E last(List<JournalEvent> events, Class<E> type) {
    List<E> all = StrikeIT.all(events, type);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  @Test
  void theDemoRecipeBuysAtTheInstantAndStopsAtPayment() throws IOException {
    CliRunner.Result r =
        run(DemoShopConfig.opensIn(Duration.ofSeconds(6)).withoutRivals(), DEMO_RECIPE);
    // headless: nobody can solve the challenge, so the run ends there, honestly: blocked
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: blocked"), r.out());

    List<RequestLog.Entry> adds = shop.requestLog().matching("POST", "/basket");
    assertEquals(1, adds.size(), "one add to basket: " + adds);
    assertFalse(
        adds.get(0).receivedAt().isBefore(shop.releaseAt()), "never before the release instant");
    assertEquals(303, adds.get(0).status());
    assertTrue(shop.payments().isEmpty());

    List<JournalEvent> events = journal();
    assertInstanceOf(JournalEvent.RunStart.class, events.get(0));
    assertEquals("blocked", last(events, JournalEvent.Outcome.class).outcome());
    assertNotNull(last(events, JournalEvent.Release.class));
    JournalEvent.StepEnd select =
        StrikeIT.all(events, JournalEvent.StepEnd.class).stream()
            .filter(e -> e.type().equals("select"))
            .findFirst()
            .orElseThrow();
    assertEquals("ok", select.result());
    assertTrue(select.durationMs() > 0);
  }

  @Test
  void soldOutAtTheInstantIsSaidPlainly() throws IOException {
    CliRunner.Result r =
        run(
            DemoShopConfig.opensIn(Duration.ofSeconds(4)).withStock(0).withoutRivals(),
            DEMO_RECIPE);
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: sold-out"), r.out());
    assertEquals("sold-out", last(journal(), JournalEvent.Outcome.class).outcome());
    assertTrue(shop.requestLog().matching("POST", "/basket").isEmpty(), "nothing to add");
  }

  @Test
  void theShopsPerCustomerLimitStopsTheRunAndSaysWhy() throws IOException {
    Path recipe = TestRecipes.path("limit.yaml");
    CliRunner.Result r =
        run(
            DemoShopConfig.opensIn(Duration.ofSeconds(4)).withPerCustomerLimit(2).withoutRivals(),
            recipe);
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("the shop allows at most 2"), "refused before acting: " + r.out());
    assertTrue(r.out().contains("limit.yaml:"), "names the step's line: " + r.out());
    assertTrue(
        shop.requestLog().matching("POST", "/basket").isEmpty(),
        "never asked for more than the limit");
    List<JournalEvent> events = journal();
    assertEquals("failed", last(events, JournalEvent.Outcome.class).outcome());
    assertTrue(
        StrikeIT.all(events, JournalEvent.Artifact.class).stream()
            .anyMatch(e -> e.file().endsWith("failure.html")),
        "page HTML saved at the failure");
  }

  @Test
  void aMissingElementFailsWithTheStepAndItsLine() throws IOException {
    Path recipe =
        Files.writeString(
            tmp.resolve("typo.yaml"),
            "apiVersion: errand/v1\nname: typo\nsite: http://127.0.0.1/\nsteps:\n"
                + "  - goto: /\n"
                + "  - click: {role: button, name: Buy nothing}\n"
                + "    timeout: 1s\n");
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(5)).withoutRivals());
    CliRunner.Result r =
        cli()
            .run(
                "run",
                recipe.toString(),
                "--site",
                shop.url().toString(),
                "--attempts",
                tmp.resolve("attempts").toString(),
                "--handoff-ends-run");
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("typo.yaml:6:"), r.out());
    assertTrue(r.out().contains("Buy nothing"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  static void assertNoBrowserLeft() {
    List<String> left =
        ProcessHandle.current()
            .descendants()
            .filter(ProcessHandle::isAlive)
            .filter(p -> !SharedBrowser.owns(p))
            .map(p -> p.info().command().orElse("?"))
            .filter(c -> c.contains("chrom") || c.contains("node"))
            .collect(Collectors.toList());
    assertTrue(left.isEmpty(), "processes left behind: " + left);
  }
}
