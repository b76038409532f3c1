package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptsRootTest {

  @TempDir Path root;

  @Test
  void attemptsAreNewestFirstByTheirRunsStartAndStrayFoldersAreSetApart() throws IOException {
    Instant t = Instant.parse("2026-11-21T19:00:00Z");
    FixtureRun older = FixtureRun.demo(root, t, "a", 40);
    FixtureRun newer = FixtureRun.demo(root, t.plusSeconds(3600), "a", 40);
    FixtureRun middle = FixtureRun.demo(root, t.plusSeconds(60), "a", 40);
    Files.createDirectories(root.resolve("not-an-attempt"));

    AttemptsRoot attempts = new AttemptsRoot(root);
    assertEquals(List.of(newer.id(), middle.id(), older.id()), attempts.ids());
    assertEquals(newer.id(), attempts.latest().orElseThrow());
    AttemptsRoot.Listing listing = attempts.list();
    assertEquals(
        List.of(newer.id(), middle.id(), older.id()),
        listing.attempts().stream().map(AttemptRecord::id).toList());
    assertEquals(List.of("not-an-attempt"), listing.withoutJournal());
  }

  @Test
  void aMissingFolderHasNoAttempts() {
    AttemptsRoot attempts = new AttemptsRoot(root.resolve("nope"));
    assertEquals(List.of(), attempts.ids());
    assertEquals(List.of(), attempts.list().attempts());
  }
}
