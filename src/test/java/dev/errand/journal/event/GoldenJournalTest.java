package dev.errand.journal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Journals written by errand before its events were typed (src/test/resources/journal) read back
 * through the typed events, and written again byte for byte.
 */
class GoldenJournalTest {

  static List<String> lines(String name) throws IOException {
    try (InputStream in = GoldenJournalTest.class.getResourceAsStream("/journal/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void everyOldLineReadsAsItsRecordAndIsWrittenBackByteForByte() throws IOException {
    Set<String> seen = new TreeSet<>();
    for (String file : List.of("old-demo-run.jsonl", "old-rare-events.jsonl")) {
      for (String line : lines(file)) {
        JournalEvent e = JournalEvents.parse(line).orElseThrow();
        seen.add(e.event());
        if (e.event().equals("heartbeat")) {
          continue;
        }
        assertFalse(e instanceof JournalEvent.Unknown, () -> "did not read: " + line);
        assertEquals(line, JournalEvents.line(e), "written back as it was read");
      }
    }
    Set<String> known =
        Arrays.stream(JournalEvent.class.getPermittedSubclasses())
            .filter(c -> c != JournalEvent.Unknown.class)
            .map(c -> JournalEvents.name(c.asSubclass(JournalEvent.class)))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(seen.containsAll(known), () -> "the golden journals lack " + missing(known, seen));
  }

  private static Set<String> missing(Set<String> known, Set<String> seen) {
    Set<String> m = new TreeSet<>(known);
    m.removeAll(seen);
    return m;
  }

  @Test
  void theFieldsOfAnOldDemoRunReadIntoTheirRecords() throws IOException {
    List<JournalEvent> events =
        lines("old-demo-run.jsonl").stream()
            .map(l -> JournalEvents.parse(l).orElseThrow())
            .toList();
    var start = assertInstanceOf(JournalEvent.RunStart.class, events.get(0));
    assertEquals(Instant.parse("2026-12-04T19:29:56.882205473Z"), start.t());
    assertEquals(2, start.quantity());
    assertEquals(180000L, start.leadMs());
    var sync =
        events.stream()
            .filter(JournalEvent.ClockSync.class::isInstance)
            .map(JournalEvent.ClockSync.class::cast)
            .findFirst()
            .orElseThrow();
    assertTrue(sync.succeeded());
    assertEquals(-18.646981, sync.offsetMs());
    assertEquals(6, sync.samples().size());
    var end =
        events.stream()
            .filter(JournalEvent.StepEnd.class::isInstance)
            .map(JournalEvent.StepEnd.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals("ok", end.result());
    assertEquals(703.712345, end.durationMs());
    assertEquals("HTTP 200 OK", end.matched());
  }

  @Test
  void anEventFromAnotherVersionIsKeptAsItWas() {
    String line = "{\"t\":\"2026-12-04T19:40:00Z\",\"event\":\"heartbeat\",\"beats\":3}";
    var e = assertInstanceOf(JournalEvent.Unknown.class, JournalEvents.parse(line).orElseThrow());
    assertEquals("heartbeat", e.event());
    assertEquals(Instant.parse("2026-12-04T19:40:00Z"), e.t());
    assertEquals(line, JournalEvents.line(e));
  }

  @Test
  void aKnownEventWhoseFieldsDoNotReadIsKeptAsUnknown() {
    String line = "{\"t\":\"2026-12-04T19:40:00Z\",\"event\":\"step-end\",\"index\":{\"a\":1}}";
    var e = assertInstanceOf(JournalEvent.Unknown.class, JournalEvents.parse(line).orElseThrow());
    assertEquals("step-end", e.event());
  }

  @Test
  void aLineThatIsNoEventIsNone() {
    assertTrue(JournalEvents.parse("{\"t\":\"x\"}").isEmpty());
    assertTrue(JournalEvents.parse("{\"t\":\"2026-12-04T19:40:00Z\",\"event\":\"step-e").isEmpty());
    assertTrue(JournalEvents.parse("[1]").isEmpty());
  }
}
