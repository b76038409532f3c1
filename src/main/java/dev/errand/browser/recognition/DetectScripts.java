package dev.errand.browser.recognition;

import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.Signature.Clue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detection scripts, {@code /errand/detect.js} (the whole page) and {@code /errand/control.js}
 * (one element), each behind {@code dom.js}, and the {@link Signatures} table they take as their
 * argument.
 */
public final class DetectScripts {

  private static final String DETECT_SOURCE = ScriptResource.load("detect.js");
  private static final String DETECT = ScriptResource.withDom("table", DETECT_SOURCE);
  private static final String CONTROL =
      ScriptResource.withDom("el, table", ScriptResource.load("control.js"));
  private static final Map<String, Object> TABLE = table(Signatures.ALL);

  private DetectScripts() {}

  /**
   * {@code table => {hits: [[index, where]...], frames: [{src, name, title, visible, where}...]}},
   * called with {@link #table()}.
   */
  public static String detect() {
    return DETECT;
  }

  /** {@code detect.js} itself, a function of {@code (dom, table)}, for the strike to call. */
  public static String detectWithoutDom() {
    return DETECT_SOURCE;
  }

  /**
   * {@code (el, table) => {autocomplete, containers, clickable, label, frameUrl, frameName, ...}},
   * called on the element with {@link #table()}.
   */
  public static String control() {
    return CONTROL;
  }

  /** {@link Signatures#ALL} as the scripts take it (see {@link #table(List)}). */
  public static Map<String, Object> table() {
    return TABLE;
  }

  /**
   * A signature table as the page scripts take it: {@code {selectors: [[index, selector, kind]...],
   * phrases: [[index, phrase]...], titles: [[index, title]...], headlines: [[index, phrase]...],
   * frames: [{index, kind, clue, value, unless, weak}...]}}, indexes into {@code table}, phrases
   * normalized by {@link Phrases}. Frame patterns are in the common subset of Java's and
   * JavaScript's regular expressions; {@code dom.js} matches them as {@link FrameFacts} does.
   */
  public static Map<String, Object> table(List<Signature> table) {
    List<Object> selectors = new ArrayList<>();
    List<Object> phrases = new ArrayList<>();
    List<Object> titles = new ArrayList<>();
    List<Object> headlines = new ArrayList<>();
    List<Object> frames = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      Signature s = table.get(i);
      if (s.clue() == Clue.SELECTOR) {
        selectors.add(List.of(i, s.value(), s.kind().name()));
      } else if (s.clue() == Clue.TEXT) {
        phrases.add(List.of(i, Phrases.normalize(s.value())));
      } else if (s.clue() == Clue.TITLE) {
        titles.add(List.of(i, Phrases.normalize(s.value())));
      } else if (s.clue() == Clue.HEADLINE) {
        headlines.add(List.of(i, Phrases.normalize(s.value())));
      } else if (s.onFrames()) {
        Map<String, Object> frame = new HashMap<>();
        frame.put("index", i);
        frame.put("kind", s.kind().name());
        frame.put("clue", s.clue().name());
        frame.put("value", s.value());
        frame.put("unless", s.unless() == null ? null : s.unless().pattern());
        frame.put("weak", s.fallback());
        frames.add(frame);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("selectors", List.copyOf(selectors));
    out.put("phrases", List.copyOf(phrases));
    out.put("titles", List.copyOf(titles));
    out.put("headlines", List.copyOf(headlines));
    out.put("frames", List.copyOf(frames));
    return out;
  }
}
