package dev.errand.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One action of Playwright's recorder, as its JSON-lines generator writes it ({@code {"name":
 * "click", "selector": …, "locator": {kind, body, options, next}, "signals": [...]}}): its name
 * ({@code navigate}, {@code click}, {@code fill}, {@code select}, {@code check}, {@code press} …),
 * the locator of its target, the typed text, the chosen options, the key, the URL, and the URLs the
 * action navigated to.
 */
public record RecordedAction(
    String name,
    @Nullable JsonNode locator,
    @Nullable String text,
    List<String> options,
    @Nullable String key,
    @Nullable String url,
    List<String> navigatedTo) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public RecordedAction {
    options = List.copyOf(options);
    navigatedTo = List.copyOf(navigatedTo);
  }

  /** The action on one line of the recorder's JSON-lines output; empty when it is none. */
  public static Optional<RecordedAction> parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.path("name").isTextual()) {
      return Optional.empty();
    }
    List<String> options = new ArrayList<>();
    node.path("options").forEach(o -> options.add(o.asText()));
    List<String> navigated = new ArrayList<>();
    for (JsonNode signal : node.path("signals")) {
      if ("navigation".equals(signal.path("name").asText()) && signal.path("url").isTextual()) {
        navigated.add(signal.path("url").asText());
      }
    }
    JsonNode locator = node.get("locator");
    return Optional.of(
        new RecordedAction(
            node.path("name").asText(),
            locator != null && locator.isObject() ? locator : null,
            text(node, "text"),
            options,
            text(node, "key"),
            text(node, "url"),
            navigated));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
