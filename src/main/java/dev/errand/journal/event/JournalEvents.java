package dev.errand.journal.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.text.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one mapping between journal lines and {@link JournalEvent}s, and the one {@link ObjectMapper}
 * for journal and summary JSON: instants as ISO-8601 text, unknown fields ignored when read.
 */
public final class JournalEvents {

  private static final ObjectMapper JSON = Json.mapper();

  private JournalEvents() {}

  /** The shared mapper for journal and summary JSON. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** The {@code event} name of a record type. */
  public static String name(Class<? extends JournalEvent> type) {
    JsonTypeName name = type.getAnnotation(JsonTypeName.class);
    if (name == null) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no event name");
    }
    return name.value();
  }

  /** One journal line for {@code event}, without the newline. */
  public static String line(JournalEvent event) {
    try {
      return event instanceof JournalEvent.Unknown u
          ? JSON.writeValueAsString(u.node())
          : JSON.writerFor(JournalEvent.class).writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a journal event: " + e.getMessage(), e);
    }
  }

  /**
   * The event on one journal line; empty when the line is not a JSON object with an {@code event}
   * name. An event this errand does not know, or whose fields do not read, is {@link
   * JournalEvent.Unknown}.
   */
  public static Optional<JournalEvent> parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject() || !node.hasNonNull("event")) {
      return Optional.empty();
    }
    return Optional.of(of((ObjectNode) node));
  }

  /** The typed event for a journal line already parsed. */
  public static JournalEvent of(ObjectNode node) {
    try {
      JournalEvent e = JSON.treeToValue(node, JournalEvent.class);
      return e != null ? e : new JournalEvent.Unknown(node);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new JournalEvent.Unknown(node);
    }
  }

  /** {@code text} as an instant, when it is one. */
  static Optional<Instant> instant(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
