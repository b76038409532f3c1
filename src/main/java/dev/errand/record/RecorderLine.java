package dev.errand.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of the recording browser's output ({@code record.js}): a JSON object whose {@code kind}
 * says what it is. Lines that are not JSON, or of a kind errand does not know, are no event.
 */
public final class RecorderLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecorderLine() {}

  /** What happened in the recording browser. */
  public sealed interface Event {}

  /** The browser is up and opening the first page. */
  public record Ready() implements Event {}

  /** The recorder's action; {@code update} when it replaces the one before (typing goes on). */
  public record Action(RecordedAction action, boolean update) implements Event {}

  /** What a press or focus landed on. */
  public record Note(TargetNote note) implements Event {}

  /** The challenge and payment scan of a page, and its title. */
  public record Look(PageLook look, String title) implements Event {}

  /** The page's main frame went to {@code url}. */
  public record Navigated(String url) implements Event {}

  /** The person closed the browser (or errand did). */
  public record Closed() implements Event {}

  /** The recording browser could not start or failed: {@code message} says why. */
  public record Failed(String message) implements Event {}

  /** The event on {@code line}, if any. */
  public static Optional<Event> parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    String kind = node.path("kind").asText("");
    return switch (kind) {
      case "ready" -> Optional.of(new Ready());
      case "action", "update" ->
          RecordedAction.parse(node.path("code").asText(""))
              .map(a -> new Action(a, kind.equals("update")));
      case "note" -> Optional.of(new Note(TargetNote.of(node)));
      case "page" -> Optional.of(look(node));
      case "navigated" -> Optional.of(new Navigated(node.path("url").asText("")));
      case "closed" -> Optional.of(new Closed());
      case "error" -> Optional.of(new Failed(node.path("message").asText("unknown error")));
      default -> Optional.empty();
    };
  }

  private static Look look(JsonNode node) {
    List<PageLook.Frame> frames = new ArrayList<>();
    for (JsonNode f : node.path("frames")) {
      frames.add(new PageLook.Frame(f.path("url").asText(""), f.path("name").asText("")));
    }
    Object scan =
        node.path("scan").isObject()
            ? JSON.convertValue(node.path("scan"), Object.class)
            : java.util.Map.of();
    String url = node.path("url").asText("");
    return new Look(PageLook.of(url, scan, frames), node.path("title").asText(""));
  }
}
