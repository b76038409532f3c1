package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.pw.PageScripts;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.AttemptsRoot;
import dev.errand.journal.Journal;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand attempts} on real attempts: two demo runs in headless Chromium, reviewed as a
 * table, a timeline, an HTML report (checked as Chromium renders it) and a comparison; and a run
 * killed with SIGKILL in the middle of a step, read back as {@code crashed}.
 */
class AttemptsIT {

  @TempDir Path work;

  CliRunner cli() {
    return new CliRunner(work).env("ERRAND_HOME", work.resolve("home").toString());
  }

  @Test
  void twoDemoRunsCanBeListedShownReportedAndCompared() throws Exception {
    for (int i = 0; i < 2; i++) {
      CliRunner.Result demo = cli().run("demo", "--release-in", "4s");
      assertEquals(ExitCode.OK, demo.exitCode(), demo.toString());
    }
    Path dir = work.resolve("attempts");
    List<String> ids = new AttemptsRoot(dir).ids();
    assertEquals(2, ids.size(), ids.toString());
    for (String id : ids) {
      JsonNode summary = Journal.json().readTree(dir.resolve(id).resolve("summary.json").toFile());
      assertEquals("reached-payment", summary.get("outcome").asText(), summary.toString());
    }

    CliRunner.Result table = cli().run("attempts");
    assertEquals(ExitCode.OK, table.exitCode(), table.toString());
    List<String> rows = table.out().lines().toList();
    assertEquals(3, rows.size(), table.out());
    assertTrue(rows.get(1).endsWith(ids.get(0)) && rows.get(2).endsWith(ids.get(1)), table.out());
    assertTrue(rows.stream().skip(1).allMatch(l -> l.contains("reached-payment")), table.out());

    CliRunner.Result show = cli().run("attempts", "show", "latest");
    assertEquals(ExitCode.OK, show.exitCode(), show.toString());
    assertTrue(show.out().contains("attempt  " + ids.get(0)), show.out());
    assertTrue(show.out().contains("⚑ release instant"), show.out());
    assertTrue(
        show.out().lines().anyMatch(l -> l.matches(" *T\\+\\d+\\.\\d{3}  .*✓ .*")), show.out());
    assertTrue(show.out().contains("┏ handed over (payment)"), show.out());
    assertTrue(show.out().contains("outcome  reached-payment"), show.out());

    CliRunner.Result report = cli().run("attempts", "report", "latest");
    assertEquals(ExitCode.OK, report.exitCode(), report.toString());
    Path html = dir.resolve(ids.get(0)).resolve("report.html");
    assertTrue(report.out().contains(html.toString()), report.out());
    assertRendersInChromium(html);

    CliRunner.Result compare = cli().run("attempts", "compare", ids.get(1), ids.get(0));
    assertEquals(ExitCode.OK, compare.exitCode(), compare.toString());
    assertTrue(compare.out().startsWith("A  " + ids.get(1)), compare.out());
    assertTrue(compare.out().contains("reaction (first action)"), compare.out());
    assertTrue(compare.out().contains("where the time went differently"), compare.out());
    RunIT.assertNoBrowserLeft();
  }

  /** Opens the report in headless Chromium: the timeline and a screenshot must really show. */
  void assertRendersInChromium(Path html) {
    try (BrowserSession browser =
        new PlaywrightLauncher()
            .launch(new LaunchSpec("", true, work.resolve("viewer"), List.of()))) {
      browser.page().navigate(html.toUri().toString(), Duration.ofSeconds(30));
      assertTrue(
          browser.page().holds(new Condition.Visible(new Locator.Selector("svg.timeline"))),
          "the timeline SVG is visible");
      assertTrue(
          browser
              .page()
              .holds(new Condition.Visible(new Locator.Selector("svg.timeline rect.bar.step"))),
          "with step bars");
      Object shown =
          PageScripts.evaluate(
              browser.page(),
              "async () => { const imgs = [...document.querySelectorAll('figure.shot img')];"
                  + " await Promise.all(imgs.map(i => i.decode().catch(() => null)));"
                  + " return imgs.filter(i => i.naturalWidth > 0"
                  + " && i.getBoundingClientRect().width > 0).length; }");
      assertTrue(((Number) shown).intValue() >= 1, "a screenshot is shown: " + shown);
      Object external =
          PageScripts.evaluate(
              browser.page(),
              "() => performance.getEntriesByType('resource')"
                  + ".filter(e => !e.name.startsWith('data:')).map(e => e.name)");
      assertEquals(List.of(), external, "no requests beyond the file itself");
    }
  }

  @Test
  void aRunKilledInTheMiddleReadsAsCrashed() throws Exception {
    Path attempts = work.resolve("attempts");
    Process process = null;
    List<ProcessHandle> tree = new ArrayList<>();
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(45)).withoutRivals())) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.errand.Main"));
      command.addAll(CliRunner.runArgs(shop, RunIT.DEMO_RECIPE.toString(), attempts, "--headless"));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(Path.of("").toAbsolutePath().toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("run.log").toFile());
      builder.environment().put("ERRAND_HOME", work.resolve("home").toString());
      builder.environment().remove("DISPLAY");
      builder.environment().remove("WAYLAND_DISPLAY");
      process = builder.start();

      // kill it while a step runs, after at least one step ended
      Path journal = awaitStepRunning(attempts, process);
      assertEquals(
          AttemptReader.RUNNING,
          AttemptReader.read(journal.getParent()).outcome().id(),
          "a run in progress is not a crash");
      CliRunner.Result listed = cli().run("attempts", "--dir", attempts.toString());
      assertTrue(listed.out().contains("running"), listed.out());
      tree.addAll(process.descendants().toList());
      process.destroyForcibly();
      tree.forEach(ProcessHandle::destroyForcibly);
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "killed");
      for (ProcessHandle p : tree) {
        p.onExit().get(30, TimeUnit.SECONDS);
      }

      JournalLines lines = JournalLines.read(journal);
      List<JournalEvent> events = lines.events();
      assertTrue(lines.first(JournalEvent.Outcome.class).isEmpty());
      assertFalse(Files.exists(journal.resolveSibling("summary.json")), "killed before its end");
      Optional<String> running = lastStartedStep(events);

      CliRunner.Result show = cli().run("attempts", "show", "latest", "--dir", attempts.toString());
      assertEquals(ExitCode.OK, show.exitCode(), show.toString());
      assertTrue(show.out().contains("✗ crashed"), show.out());
      AttemptRecord record = AttemptReader.read(journal.getParent());
      assertEquals("crashed", record.outcome().id());
      assertTrue(record.outcome().derived());
      if (running.isPresent()) {
        assertTrue(show.out().contains("during step \"" + running.get() + "\""), show.out());
        assertTrue(show.out().contains(running.get() + "  no end"), show.out());
        assertEquals(running.get(), record.outcome().step().orElseThrow());
      }
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      tree.forEach(ProcessHandle::destroyForcibly);
    }
    for (ProcessHandle p : tree) {
      assertFalse(p.isAlive(), "left behind: " + p.info().command().orElse("?"));
    }
  }

  /**
   * Waits (up to a minute) until the run's journal has a {@code step-end} and its last step event
   * is a {@code step-start}: a step is running.
   */
  static Path awaitStepRunning(Path attempts, Process process) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      assertTrue(process.isAlive(), "the run ended early");
      Optional<Path> journal = journal(attempts);
      if (journal.isPresent()) {
        JournalLines lines = JournalLines.read(journal.get());
        List<JournalEvent> events = lines.events();
        boolean ended = lines.first(JournalEvent.StepEnd.class).isPresent();
        if (ended && lastStartedStep(events).isPresent()) {
          return journal.get();
        }
      }
      process.waitFor(20, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("no step running after a step-end within a minute");
  }

  static Optional<Path> journal(Path attempts) throws IOException {
    if (!Files.isDirectory(attempts)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(attempts)) {
      return dirs.map(d -> d.resolve("journal.jsonl")).filter(Files::isRegularFile).findFirst();
    }
  }

  /** The step the journal shows started and not ended, if its last step event is a start. */
  static Optional<String> lastStartedStep(List<JournalEvent> events) {
    JournalEvent last = null;
    for (JournalEvent e : events) {
      if (e instanceof JournalEvent.StepStart || e instanceof JournalEvent.StepEnd) {
        last = e;
      }
    }
    return last instanceof JournalEvent.StepStart start
        ? Optional.of(start.step())
        : Optional.empty();
  }
}
