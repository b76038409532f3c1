package dev.errand.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events of a {@code journal.jsonl}, read tolerantly: a crash can cut the last line short, so
 * an unparseable line is skipped and reported in {@link #problems()} instead of failing the read.
 *
 * @param events the events that parsed, in file order
 * @param problems one sentence per skipped line
 */
public record JournalLines(List<JsonNode> events, List<String> problems) {

  public JournalLines {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** Reads {@code file}; bytes that are not UTF-8 (a cut multi-byte character) become U+FFFD. */
  public static JournalLines read(Path file) {
    try {
      return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses journal text: one JSON object per line. */
  public static JournalLines parse(String text) {
    String[] lines = text.split("\n", -1);
    int last = lines.length - 1;
    while (last >= 0 && lines[last].isBlank()) {
      last--;
    }
    List<JsonNode> events = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = parseLine(line);
      if (node != null && node.isObject() && node.hasNonNull("event")) {
        events.add(node);
      } else if (i == last) {
        problems.add(
            "the journal's last line (line "
                + (i + 1)
                + ") is cut off: the run stopped while writing it; skipped");
      } else {
        problems.add("line " + (i + 1) + " of the journal is not a journal event; skipped");
      }
    }
    return new JournalLines(events, problems);
  }

  private static @Nullable JsonNode parseLine(String line) {
    try {
      return Journal.json().readTree(line);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
