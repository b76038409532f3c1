package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.FixtureRun;
import dev.errand.recipe.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand attempts …} in-process over fixture attempt folders. */
class AttemptsCommandTest {

  static final Instant T = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path work;
  Path dir;
  FixtureRun first;
  FixtureRun second;

  @BeforeEach
  void attempts() {
    dir = work.resolve("attempts");
    first = FixtureRun.demo(dir, T, "same", 40);
    second = FixtureRun.demo(dir, T.plusSeconds(120), "same", 540);
  }

  CliRunner.Result run(String... args) {
    return new CliRunner(work).env("ERRAND_HOME", work.resolve("home").toString()).run(args);
  }

  @Test
  void theTableListsNewestFirst() {
    CliRunner.Result r = run("attempts", "--dir", dir.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("WHEN"), r.out());
    assertTrue(lines.get(1).endsWith(second.id()), r.out());
    assertTrue(lines.get(2).endsWith(first.id()), r.out());
    assertTrue(lines.get(1).contains("reached-payment"), r.out());
  }

  @Test
  void withoutDirTheProfilesAttemptsFolderInTheWorkingDirectoryIsUsed() {
    CliRunner.Result r = run("attempts");
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains(second.id()), r.toString());
  }

  @Test
  void showLatestTellsTheNewestAttempt() {
    CliRunner.Result r = run("attempts", "show", "latest", "--dir", dir.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("attempt  " + second.id()), r.out());
    assertTrue(r.out().contains("outcome  reached-payment"), r.out());
  }

  @Test
  void anIdCanBeShortenedToAUniqueStart() {
    String prefix = first.id().substring(0, 15);
    CliRunner.Result r = run("attempts", "--dir", dir.toString(), "show", prefix);
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains(first.id()), r.out());
  }

  @Test
  void anUnknownIdIsOneLineWithADidYouMean() {
    String typo = first.id().replace("-190000-", "-190001-");
    CliRunner.Result r = run("attempts", "show", typo, "--dir", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no attempt '" + typo + "'"), r.err());
    assertTrue(r.err().contains("did you mean '" + first.id() + "'?"), r.err());
  }

  @Test
  void noAttemptsYetIsSaidPlainly() {
    CliRunner.Result r =
        run("attempts", "show", "latest", "--dir", work.resolve("none").toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("no attempts folder") || r.err().contains("no attempts"), r.err());
  }

  @Test
  void reportWritesOneHtmlFileInTheAttempt() {
    CliRunner.Result r = run("attempts", "report", "latest", "--dir", dir.toString(), "--open");
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    Path report = second.dir().resolve("report.html");
    assertTrue(Files.isRegularFile(report));
    assertTrue(r.out().contains("report: " + report), r.out());
    assertTrue(r.out().contains("could not open it here (no display)"), "degrades: " + r.out());
  }

  @Test
  void compareShowsWhereTheTimeWent() {
    CliRunner.Result r =
        run("attempts", "compare", first.id(), second.id(), "--dir", dir.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("where the time went differently"), r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l -> l.contains("1.") && l.contains("+500 ms") && l.contains("Add to basket")),
        r.out());
  }

  @Test
  void compareRefusesDifferentRecipesUnlessForced() {
    FixtureRun other = FixtureRun.demo(dir, T.plusSeconds(600), "changed", 40);
    CliRunner.Result r =
        run("attempts", "compare", first.id(), other.id(), "--dir", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("different recipes"), r.err());
    assertTrue(r.err().contains("--force"), r.err());
    CliRunner.Result forced =
        run("attempts", "compare", first.id(), other.id(), "--force", "--dir", dir.toString());
    assertEquals(ExitCode.OK, forced.exitCode(), forced.toString());
    assertTrue(forced.out().contains("the recipes differ"), forced.out());
  }

  @Test
  void pruneDeletesOldAttemptsAndLeavesStrangersAlone() throws IOException {
    Path mine = work.resolve("mine");
    FixtureRun ancient = FixtureRun.demo(mine, Instant.now().minus(Duration.ofDays(45)), "s", 40);
    FixtureRun recent = FixtureRun.demo(mine, Instant.now().minus(Duration.ofDays(2)), "s", 40);
    Files.createDirectories(mine.resolve("photos"));
    CliRunner.Result dry =
        run("attempts", "prune", "--older-than", "30d", "--dry-run", "--dir", mine.toString());
    assertEquals(ExitCode.OK, dry.exitCode(), dry.toString());
    assertTrue(dry.out().contains("would delete " + ancient.id()), dry.out());
    assertTrue(Files.exists(ancient.dir()));

    CliRunner.Result r = run("attempts", "prune", "--older-than", "30d", "--dir", mine.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertFalse(Files.exists(ancient.dir()));
    assertTrue(Files.exists(recent.dir().resolve("journal.jsonl")));
    assertTrue(r.out().contains("deleted 1 attempt "), r.out());
    assertTrue(r.out().contains("kept 1"), r.out());
    assertTrue(r.out().contains("left alone"), r.out());
    assertTrue(r.out().contains("photos"), r.out());
    assertTrue(Files.isDirectory(mine.resolve("photos")));
  }

  @Test
  void pruneNeedsAnAgeItCanRead() {
    CliRunner.Result r = run("attempts", "prune", "--older-than", "soon", "--dir", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("--older-than"), r.err());
  }

  @Test
  void traceWithoutATraceIsOneLine() {
    CliRunner.Result r = run("attempts", "trace", "latest", "--dir", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(
        List.of("errand: attempt " + second.id() + " has no Playwright trace (trace*.zip)"),
        r.err().lines().toList());
  }

  @Test
  void showNamesTheStepACrashedRunWasIn() {
    FixtureRun crashed =
        FixtureRun.start(dir, "Crashy", "x", T.plusSeconds(900), T.plusSeconds(930), Duration.ZERO)
            .advance(1000);
    crashed.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 300);
    crashed.startOnly(Phase.ARM, 1, FixtureRun.click("Accept all", 15)).close();
    CliRunner.Result r = run("attempts", "show", "latest", "--dir", dir.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("✗ crashed"), r.out());
    assertTrue(r.out().contains("click {role: button, name: 'Accept all'}  no end"), r.out());
    assertTrue(
        r.out().contains("during step \"click {role: button, name: 'Accept all'}\" (line 15)"),
        r.out());
  }
}
