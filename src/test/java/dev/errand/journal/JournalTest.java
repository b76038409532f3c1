package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
    journal.append(journal.event("run-start"));
    var e = journal.event("step-end");
    e.put("step", "click 'x'");
    journal.append(e);
    // not closed: what a crash would leave behind
    List<String> lines = Files.readAllLines(folder.journalFile());
    assertEquals(2, lines.size());
    JsonNode second = Journal.json().readTree(lines.get(1));
    assertEquals("step-end", second.get("event").asText());
    assertEquals("2026-11-21T19:05:12Z", second.get("t").asText());
    journal.close();
  }

  @Test
  void twoRunsInTheSameSecondGetTheirOwnFolders() {
    AttemptFolder a = AttemptFolder.create(root, "r", clock);
    AttemptFolder b = AttemptFolder.create(root, "r", clock);
    assertNotEquals(a.dir(), b.dir());
    assertTrue(Files.isDirectory(b.dir()));
  }
}
