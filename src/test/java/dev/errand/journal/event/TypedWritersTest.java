package dev.errand.journal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.journal.AttemptReader;
import dev.errand.journal.FixtureRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the typed writers write has the fields the untyped writers wrote (the golden journals), and
 * the records the untyped writers' events are to become write their lines exactly.
 */
class TypedWritersTest {

  @TempDir Path root;

  /** Per event name: every field any golden line of it has, and the fields all of them have. */
  private static Map<String, List<Set<String>>> goldenFields() throws IOException {
    Map<String, List<Set<String>>> out = new HashMap<>();
    for (String file : List.of("old-demo-run.jsonl", "old-rare-events.jsonl")) {
      for (String line : GoldenJournalTest.lines(file)) {
        JsonNode node = JournalEvents.json().readTree(line);
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        List<Set<String>> seen =
            out.computeIfAbsent(
                node.get("event").asText(), k -> List.of(new HashSet<>(), new HashSet<>(names)));
        seen.get(0).addAll(names);
        seen.get(1).retainAll(names);
      }
    }
    return out;
  }

  @Test
  void theJournalListenerWritesTheFieldsTheUntypedOneWrote() throws IOException {
    Map<String, List<Set<String>>> golden = goldenFields();
    FixtureRun run = FixtureRun.demo(root, Instant.parse("2026-11-21T19:00:00Z"), "x", 40);
    List<String> kinds = new ArrayList<>();
    for (String line : Files.readAllLines(run.dir().resolve(AttemptReader.JOURNAL))) {
      JsonNode node = JournalEvents.json().readTree(line);
      String event = node.get("event").asText();
      kinds.add(event);
      Set<String> names = new HashSet<>();
      node.fieldNames().forEachRemaining(names::add);
      List<Set<String>> g = golden.get(event);
      assertTrue(g != null, "no golden " + event);
      assertTrue(g.get(0).containsAll(names), event + ": " + names + " beyond " + g.get(0));
      assertTrue(names.containsAll(g.get(1)), event + ": " + names + " lacks some of " + g.get(1));
    }
    assertTrue(
        kinds.containsAll(
            List.of("phase", "release", "step-start", "step-end", "reaction", "artifact", "note")),
        kinds.toString());
  }

  @Test
  void theRecordsForTheUntypedWritersWriteTheirGoldenLines() throws IOException {
    List<String> rare = GoldenJournalTest.lines("old-rare-events.jsonl");
    Instant t = Instant.parse("2026-12-04T19:40:00.123456789Z");
    assertEquals(rare.get(0), JournalEvents.line(new JournalEvent.Suspended(t, 3600000L, 2500L)));
    assertEquals(
        rare.get(1),
        JournalEvents.line(
            JournalEvent.ClockSync.failed(
                t,
                "arm",
                "the site answered 503 three times",
                "this machine's clock (the site's could not be read), acting 1000 ms after the"
                    + " instant by it",
                1000.0)));
    assertEquals(
        rare.get(8),
        JournalEvents.line(
            new JournalEvent.Outcome(
                t, "aborted", "interrupted (Ctrl-C or a signal)", null, null)));
    String syncLine =
        GoldenJournalTest.lines("old-demo-run.jsonl").stream()
            .filter(l -> l.contains("\"event\":\"clock-sync\""))
            .findFirst()
            .orElseThrow();
    var read = (JournalEvent.ClockSync) JournalEvents.parse(syncLine).orElseThrow();
    assertEquals(
        syncLine,
        JournalEvents.line(
            JournalEvent.ClockSync.synced(
                read.t(),
                read.phase(),
                read.site(),
                read.offsetMs(),
                read.uncertaintyMs(),
                read.rttMs(),
                read.probes(),
                read.target(),
                read.consistent(),
                "not written when consistent",
                read.warnings(),
                read.samples())));
  }
}
