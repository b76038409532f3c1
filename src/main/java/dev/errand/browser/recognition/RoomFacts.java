package dev.errand.browser.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the room script ({@code /errand/room.js}) read of the page shown, for {@link
 * WaitingRoomSigns}: what a person reads first, the well-known room markup present and the page's
 * scripts.
 *
 * @param url the page's URL
 * @param title the document's title
 * @param heading its first visible main heading ({@code h1}, else {@code h2}), empty when none
 * @param text the start of its visible text
 * @param marked each of {@link WaitingRoomSigns#MARKUP}'s selectors present in the document, with
 *     its visible text (empty when hidden)
 * @param scripts the {@code src} of the document's scripts
 */
public record RoomFacts(
    String url,
    String title,
    String heading,
    String text,
    Map<String, String> marked,
    List<String> scripts) {

  /** Checks that nothing is null and keeps copies. */
  public RoomFacts {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    marked = Map.copyOf(marked);
    scripts = List.copyOf(scripts);
  }

  /** Reads what the script returned (maps, lists, strings and booleans from Playwright). */
  public static RoomFacts of(@Nullable Object result) {
    Map<?, ?> map = result instanceof Map<?, ?> m ? m : Map.of();
    Map<String, String> marked = new LinkedHashMap<>();
    if (map.get("marked") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> marked.put(text(k), text(v)));
    }
    List<String> scripts = new ArrayList<>();
    if (map.get("scripts") instanceof List<?> l) {
      l.forEach(s -> scripts.add(text(s)));
    }
    return new RoomFacts(
        text(map.get("url")),
        text(map.get("title")),
        text(map.get("heading")),
        text(map.get("text")),
        marked,
        scripts);
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}
