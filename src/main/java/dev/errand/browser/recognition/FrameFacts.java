package dev.errand.browser.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is known of one frame without looking inside it: its URL (for an iframe element, its {@code
 * src}), its name and, when seen from its parent's document, its {@code title} attribute (else
 * null). Matched against the frame {@link Signature}s.
 */
public record FrameFacts(String url, String name, @Nullable String title) {

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  public FrameFacts {
    url = url == null ? "" : url;
    name = name == null ? "" : name;
  }

  /** The frame signatures among {@code signatures} that this frame fits, in their order. */
  public List<Signature> matching(List<Signature> signatures) {
    List<Signature> out = new ArrayList<>();
    for (Signature s : signatures) {
      if (fits(s)) {
        out.add(s);
      }
    }
    return out;
  }

  boolean fits(Signature s) {
    boolean clue =
        switch (s.clue()) {
          case FRAME_URL -> !url.isEmpty() && pattern(s.value()).matcher(url).find();
          case FRAME_NAME -> !name.isEmpty() && name.startsWith(s.value());
          case FRAME_TITLE ->
              title != null && Phrases.normalize(title).contains(Phrases.normalize(s.value()));
          default -> false;
        };
    return clue && (s.unless() == null || !s.unless().matcher(url + " " + name).find());
  }

  /** What was seen, for a signature this frame fits: never the URL's query or fragment. */
  public String evidence(Signature s) {
    return switch (s.clue()) {
      case FRAME_NAME -> "frame name \"" + name + "\"";
      case FRAME_TITLE -> "iframe title \"" + title + "\"";
      default -> "frame " + withoutQuery(url);
    };
  }

  static String withoutQuery(String url) {
    int cut = url.length();
    for (char c : new char[] {'?', '#'}) {
      int i = url.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return url.substring(0, cut);
  }

  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE));
  }
}
