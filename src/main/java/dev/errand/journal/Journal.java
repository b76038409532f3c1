package dev.errand.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * An append-only JSON-lines file: one event per line, written and flushed as it happens, so a crash
 * loses at most the line being written. Thread-safe.
 */
public final class Journal implements AutoCloseable {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;
  private final OutputStream out;
  private final Clock clock;
  private boolean closed;

  public Journal(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    try {
      this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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

  /** A new event object with its time and name filled in; pass it to {@link #append}. */
  public ObjectNode event(String name) {
    ObjectNode node = JSON.createObjectNode();
    node.put("t", clock.instant().toString());
    node.put("event", name);
    return node;
  }

  public synchronized void append(ObjectNode event) {
    if (closed) {
      return;
    }
    try {
      byte[] line = (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
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
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
