package dev.errand.browser.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one run of the detection script saw: the document signatures it matched (and where), and
 * every iframe element of the page and its same-origin frames.
 *
 * @param hits document signatures seen
 * @param frames iframe elements, visible or not
 */
public record PageScan(List<Hit> hits, List<FrameElement> frames) {

  /**
   * A document signature seen.
   *
   * @param index its place in the signature table
   * @param where empty for the page itself, else the path of the same-origin frame it was seen in
   */
  public record Hit(int index, String where) {}

  /**
   * An iframe element as its parent document shows it.
   *
   * @param facts its {@code src} (absolute), name and title
   * @param visible whether it is visible
   * @param where where its parent document is (see {@link Hit#where})
   */
  public record FrameElement(FrameFacts facts, boolean visible, String where) {}

  /** Reads what the script returned (maps, lists, numbers and strings from Playwright). */
  public static PageScan of(Object result) {
    Map<?, ?> map = result instanceof Map<?, ?> m ? m : Map.of();
    List<Hit> hits = new ArrayList<>();
    for (Object o : list(map.get("hits"))) {
      List<?> pair = list(o);
      if (pair.size() == 2 && pair.get(0) instanceof Number n) {
        hits.add(new Hit(n.intValue(), text(pair.get(1))));
      }
    }
    List<FrameElement> frames = new ArrayList<>();
    for (Object o : list(map.get("frames"))) {
      if (o instanceof Map<?, ?> f) {
        frames.add(
            new FrameElement(
                new FrameFacts(text(f.get("src")), text(f.get("name")), text(f.get("title"))),
                Boolean.TRUE.equals(f.get("visible")),
                text(f.get("where"))));
      }
    }
    return new PageScan(List.copyOf(hits), List.copyOf(frames));
  }

  /**
   * Whether the iframe element of the frame with {@code url} and {@code name} is visible, if this
   * scan saw that element (by name, else by {@code src}).
   */
  public Optional<Boolean> visibility(String url, String name) {
    if (name != null && !name.isEmpty()) {
      for (FrameElement f : frames) {
        if (name.equals(f.facts().name())) {
          return Optional.of(f.visible());
        }
      }
    }
    for (FrameElement f : frames) {
      if (!url.isEmpty() && url.equals(f.facts().url())) {
        return Optional.of(f.visible());
      }
    }
    return Optional.empty();
  }

  private static List<?> list(@Nullable Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}
