package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A watch on the timeline: what the checks found, and one line summing it up. */
@Timeout(10)
class WatchNotesTest {

  private static JournalEvent.WatchCheck check(int n, String result, Instant at) {
    return new JournalEvent.WatchCheck(
        at.plusSeconds(2), n, result, result.equals("failed") ? "HTTP 503" : null, "every 10s", at);
  }

  @Test
  void plainChecksAreCountedAndWhatTheyFoundIsNoted() {
    Instant t0 = Instant.parse("2026-12-05T10:00:00Z");
    WatchNotes notes = new WatchNotes();
    notes.add(check(1, "unavailable", t0), t0.plusSeconds(2), 0);
    notes.add(check(2, "failed", t0.plusSeconds(10)), t0.plusSeconds(12), 10_000);
    notes.add(check(3, "unavailable", t0.plusSeconds(20)), t0.plusSeconds(22), 20_000);
    notes.add(check(4, "available", t0.plusSeconds(30)), t0.plusSeconds(32), 30_000);

    List<NoteRecord> all = notes.notes();
    assertEquals(3, all.size(), all.toString());
    assertEquals("watch check 2 failed: HTTP 503", all.get(0).message());
    assertEquals("watch fired: check 4 found it available", all.get(1).message());
    String summary = all.get(2).message();
    assertTrue(summary.startsWith("watch (every 10s): 4 checks from "), summary);
    assertTrue(summary.contains("; fired at check 4 at "), summary);
    assertEquals(30_000, all.get(2).atMs());
  }

  @Test
  void noChecksNoNotes() {
    assertTrue(new WatchNotes().notes().isEmpty());
  }
}
