package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class JournalScrubTest {

  @TempDir Path tmp;

  @Test
  void textsLoseSecretsAndCardNumbersAndTheLineStillReads() throws IOException {
    Path file = tmp.resolve("journal.jsonl");
    Instant t = Instant.parse("2026-12-05T02:00:00Z");
    try (Journal journal = new Journal(file, Clock.fixed(t, ZoneOffset.UTC))) {
      journal.scrubWith(new Scrubber(List.of("hunter2!")));
      journal.append(
          new JournalEvent.PageAnswer(
              t,
              "https://shop.example/login?pw=hunter2%21&card=4242424242424242",
              200,
              "GET",
              false));
      journal.append(new JournalEvent.Note(t, "nothing to hide, 4242 alone"));
    }
    String text = Files.readString(file);
    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("4242424242424242"), text);
    JournalLines lines = JournalLines.read(file);
    assertEquals(List.of(), lines.problems());
    JournalEvent.PageAnswer answer = (JournalEvent.PageAnswer) lines.events().get(0);
    assertEquals(200, answer.status());
    assertTrue(answer.url().startsWith("https://shop.example/login?pw=••••••"), answer.url());
    assertEquals(
        "nothing to hide, 4242 alone", ((JournalEvent.Note) lines.events().get(1)).message());
  }
}
