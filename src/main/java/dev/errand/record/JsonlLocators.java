package dev.errand.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.recipe.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the locator Playwright's recorder chose (its JSON-lines form: {@code {kind, body, options,
 * next}}, a chain) into an errand {@link Locator}: a role and accessible name, a label, a text, a
 * test id or a placeholder as Playwright picked it, then the CSS path of the element the person
 * pressed as a fallback, both in an {@code any:}. Playwright's chaining (inside a region, the n-th
 * of several) has no user-facing form in errand: the last user-facing part is kept and the CSS path
 * keeps the run on the right element. An iframe in the chain becomes {@code frame:}.
 */
public final class JsonlLocators {

  private JsonlLocators() {}

  /** The locator for {@code locator} (the recorder's) and {@code note} (the pressed element's). */
  public static Optional<Locator> translate(@Nullable JsonNode locator, @Nullable TargetNote note) {
    String frame = null;
    Locator facing = null;
    String selector = null;
    boolean positional = false;
    for (JsonNode part = locator; part != null && part.isObject(); part = part.get("next")) {
      String kind = part.path("kind").asText();
      String body = part.path("body").asText("");
      JsonNode options = part.path("options");
      boolean exact = options.path("exact").asBoolean(false);
      switch (kind) {
        case "frame-locator", "frame" -> {
          if (frame == null && facing == null) {
            frame = body;
            selector = null;
          }
        }
        case "role" -> {
          String name = options.path("name").isTextual() ? options.path("name").asText() : null;
          facing = new Locator.ByRole(body, name, exact);
        }
        case "label" -> facing = new Locator.ByLabel(body, exact);
        case "text" -> facing = new Locator.ByText(body, exact);
        case "placeholder" -> facing = new Locator.ByPlaceholder(body, exact);
        case "test-id" -> facing = new Locator.ByTestId(body);
        case "default" -> {
          if (!body.startsWith("internal:") && !body.isBlank()) {
            selector = body;
            facing = null;
          }
        }
        case "nth", "last" -> positional = positional || !"0".equals(body);
        default -> {
          // first, visible, has-text, has, and, or: filters errand goes without
        }
      }
    }
    List<Locator> candidates = new ArrayList<>();
    if (facing != null) {
      candidates.add(facing);
    }
    String css = note == null ? "" : note.css();
    if (!css.isBlank()) {
      Locator fallback = new Locator.Selector("css=" + css);
      if (positional) {
        candidates.add(0, fallback);
      } else {
        candidates.add(fallback);
      }
    } else if (selector != null) {
      candidates.add(new Locator.Selector(selector));
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Locator inner = candidates.size() == 1 ? candidates.get(0) : new Locator.AnyOf(candidates);
    return Optional.of(frame == null ? inner : new Locator.InFrame(frame, inner));
  }
}
