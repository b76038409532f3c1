package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptPrunerTest {

  static final Instant NOW = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;
  @TempDir Path elsewhere;

  FixtureRun run(long daysAgo) {
    Instant start = NOW.minus(Duration.ofDays(daysAgo));
    return FixtureRun.demo(root, start, "sha", 40);
  }

  @Test
  void deletesOnlyAttemptsStartedBeforeTheCutoff() throws IOException {
    FixtureRun old = run(40);
    FixtureRun older = run(400);
    FixtureRun recent = run(2);
    Path stray = Files.createDirectories(root.resolve("my-notes"));
    Files.writeString(stray.resolve("keep.txt"), "mine");

    AttemptPruner.Result result =
        AttemptPruner.prune(new AttemptsRoot(root), NOW.minus(Duration.ofDays(30)), false);

    assertEquals(
        List.of(older.id(), old.id()),
        result.pruned().stream().map(AttemptPruner.Pruned::id).toList());
    assertEquals(1, result.kept());
    assertEquals(List.of("my-notes"), result.leftAlone());
    assertTrue(result.failed().isEmpty());
    assertFalse(Files.exists(old.dir()));
    assertFalse(Files.exists(older.dir()));
    assertTrue(Files.exists(recent.dir().resolve("journal.jsonl")));
    assertTrue(Files.exists(stray.resolve("keep.txt")));
  }

  @Test
  void anAttemptStillRunningIsNeverPrunedHoweverOldItsStart() throws IOException {
    FixtureRun running = run(40);
    FixtureRun finished = run(41);
    WriterMark.put(running.dir()); // this test's own process: alive

    AttemptPruner.Result result =
        AttemptPruner.prune(new AttemptsRoot(root), NOW.minus(Duration.ofDays(30)), false);

    assertEquals(
        List.of(finished.id()), result.pruned().stream().map(AttemptPruner.Pruned::id).toList());
    assertEquals(1, result.kept());
    assertTrue(Files.exists(running.dir().resolve("journal.jsonl")));
  }

  @Test
  void aDryRunDeletesNothingButSaysWhat() {
    FixtureRun old = run(40);
    AttemptPruner.Result result =
        AttemptPruner.prune(new AttemptsRoot(root), NOW.minus(Duration.ofDays(30)), true);
    assertEquals(
        List.of(old.id()), result.pruned().stream().map(AttemptPruner.Pruned::id).toList());
    assertTrue(Files.exists(old.dir().resolve("journal.jsonl")));
  }

  @Test
  void theAgeIsTheRunsStartNotTheFoldersTime() throws IOException {
    FixtureRun old = run(40);
    Files.setLastModifiedTime(old.dir(), java.nio.file.attribute.FileTime.from(NOW));
    Files.setLastModifiedTime(
        old.dir().resolve("journal.jsonl"), java.nio.file.attribute.FileTime.from(NOW));
    AttemptPruner.Result result =
        AttemptPruner.prune(new AttemptsRoot(root), NOW.minus(Duration.ofDays(30)), false);
    assertEquals(1, result.pruned().size());
  }

  @Test
  void aLinkInsideAnOldAttemptIsRemovedNotFollowed() throws IOException {
    FixtureRun old = run(40);
    Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep");
    try {
      Files.createSymbolicLink(old.dir().resolve("link"), elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links here
    }
    AttemptPruner.prune(new AttemptsRoot(root), NOW.minus(Duration.ofDays(30)), false);
    assertFalse(Files.exists(old.dir()));
    assertTrue(Files.exists(precious));
  }
}
