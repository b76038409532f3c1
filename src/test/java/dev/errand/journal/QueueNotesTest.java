package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A waiting room in an attempt read back: entering and leaving it, not every move in between. */
class QueueNotesTest {

  @TempDir Path root;

  @Test
  void theRoomIsReadBackAsNotesWithThePlaceAndTheTimeItTook() throws IOException {
    Path dir = Files.createDirectories(root.resolve("queued"));
    Files.writeString(
        dir.resolve("journal.jsonl"),
        "{\"t\":\"2026-11-21T19:00:00Z\",\"event\":\"run-start\",\"recipeName\":\"q\"}\n"
            + queue("19:00:01", "entered", "\"position\":1451,\"ahead\":450,", 0)
            + queue("19:00:11", "moved", "\"position\":1451,\"ahead\":359,", 10_000)
            + queue("19:00:46", "through", "\"position\":1451,\"ahead\":0,", 45_012.5));
    List<NoteRecord> notes = AttemptReader.read(dir).notes();
    assertEquals(
        List.of(
            "in the Queue-it waiting room: number 1,451 in line · 450 ahead",
            "through the Queue-it waiting room after 45.0s"),
        notes.stream().map(NoteRecord::message).toList());
    assertEquals("queue", notes.get(0).kind());
  }

  private static String queue(String at, String state, String place, double waitedMs) {
    return "{\"t\":\"2026-11-21T"
        + at
        + "Z\",\"event\":\"queue\",\"state\":\""
        + state
        + "\",\"what\":\"Queue-it waiting room\",\"evidence\":\"#MainPart_lbQueueNumber\","
        + place
        + "\"waitedMs\":"
        + waitedMs
        + "}\n";
  }
}
