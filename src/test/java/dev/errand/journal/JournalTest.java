package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  @TempDir Path root;
  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T19:05:12Z"), ZoneOffset.UTC);

  @Test
  void eachEventIsOnDiskAsSoonAsItIsAppended() throws IOException {
    AttemptFolder folder = AttemptFolder.create(root, "Demo shop — two tickets!", clock);
    assertEquals("20261121-190512-demo-shop-two-tickets", folder.id());
    Journal journal = new Journal(folder.journalFile(), clock);
    journal.append(
        new JournalEvent.RunStart(
            journal.now(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
    journal.append(new JournalEvent.Note(journal.now(), "click 'x'"));
    // not closed: what a crash would leave behind
    List<String> lines = Files.readAllLines(folder.journalFile());
    assertEquals(2, lines.size());
    assertEquals(
        "{\"t\":\"2026-11-21T19:05:12Z\",\"event\":\"note\",\"message\":\"click 'x'\"}",
        lines.get(1));
    JournalLines read = JournalLines.read(folder.journalFile());
    assertInstanceOf(JournalEvent.RunStart.class, read.events().get(0));
    assertEquals(new JournalEvent.Note(clock.instant(), "click 'x'"), read.events().get(1));
    journal.close();
  }

  @Test
  void twoRunsInTheSameSecondGetTheirOwnFolders() {
    AttemptFolder a = AttemptFolder.create(root, "r", clock);
    AttemptFolder b = AttemptFolder.create(root, "r", clock);
    assertNotEquals(a.dir(), b.dir());
    assertTrue(Files.isDirectory(b.dir()));
  }

  @Test
  void anOpenJournalMarksItsFolderAsWrittenByThisProcessUntilItCloses() {
    AttemptFolder folder = AttemptFolder.create(root, "r", clock);
    Journal journal = new Journal(folder.journalFile(), clock);
    assertEquals(
        ProcessHandle.current().pid(),
        WriterMark.writer(folder.dir()).map(ProcessHandle::pid).orElse(-1L));
    journal.close();
    assertFalse(Files.exists(folder.dir().resolve(WriterMark.FILE)));
    assertTrue(WriterMark.writer(folder.dir()).isEmpty());
  }
}
