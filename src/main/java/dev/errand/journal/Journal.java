package dev.errand.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.errand.journal.event.JournalEvent;
import dev.errand.journal.event.JournalEvents;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An append-only JSON-lines file: one event per line, written and flushed as it happens, so a crash
 * loses at most the line being written. While it is open, a {@link WriterMark} beside it says which
 * process writes it, so a reader can tell a run in progress from one that died. Thread-safe.
 */
public final class Journal implements AutoCloseable {

  private static final ObjectMapper JSON = JournalEvents.json();

  private final Path file;
  private final OutputStream out;
  private final Clock clock;
  private boolean closed;
  private @Nullable Scrubber scrubber;

  public Journal(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    try {
      this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      WriterMark.put(folder(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  public static ObjectMapper json() {
    return JSON;
  }

  /** Now, on the journal's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Writes {@code event} as one line. */
  public synchronized void append(JournalEvent event) {
    if (closed) {
      return;
    }
    try {
      byte[] line = (scrubbed(JournalEvents.line(event)) + "\n").getBytes(StandardCharsets.UTF_8);
      out.write(line);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        out.close();
      } finally {
        WriterMark.remove(folder(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder the journal file is in (its attempt folder). */
  private static Path folder(Path file) {
    // an absolute path that could be opened as a file is never the root, so it has a parent
    return Objects.requireNonNull(file.toAbsolutePath().getParent(), "the journal's folder");
  }

  /**
   * From now on, every text in an event (a URL a form's answer came from, a page's title, a
   * message) is written with {@code scrubber}'s secret values and card numbers replaced; numbers
   * and names stay as they are.
   */
  public synchronized void scrubWith(Scrubber scrubber) {
    this.scrubber = scrubber;
  }

  private String scrubbed(String line) {
    Scrubber s = scrubber;
    if (s == null || !s.finds(line)) {
      return line;
    }
    try {
      JsonNode tree = JSON.readTree(line);
      return JSON.writeValueAsString(scrubTexts(tree, s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot scrub a journal event: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode scrubTexts(JsonNode node, Scrubber s) {
    if (node.isTextual()) {
      return TextNode.valueOf(s.scrub(node.asText()));
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        e.setValue(scrubTexts(e.getValue(), s));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, scrubTexts(array.get(i), s));
      }
    }
    return node;
  }
}
