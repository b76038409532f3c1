package dev.errand.browser.recognition;

import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.Signature.Clue;
import java.util.List;
import java.util.Map;

/**
 * The detection scripts, {@code /errand/detect.js} (the whole page) and {@code /errand/control.js}
 * (one element), loaded once with the {@link Signatures} table written into them, so that each call
 * sends only the function.
 */
public final class DetectScripts {

  private static final String PLACEHOLDER = "/*SIGNATURES*/ null";

  private static final String TABLE = table(Signatures.ALL);
  private static final String DETECT = load("detect.js");
  private static final String CONTROL = load("control.js");

  private DetectScripts() {}

  /** {@code () => {hits: [[index, where]...], frames: [{src, name, title, visible, where}...]}}. */
  public static String detect() {
    return DETECT;
  }

  /** {@code el => {autocomplete, containers, clickable, label, frameUrl, frameName, ...}}. */
  public static String control() {
    return CONTROL;
  }

  /**
   * The document signatures as JSON: {@code {selectors: [[index, selector, kind]...], phrases:
   * [[index, phrase]...], titles: [[index, title]...], headlines: [[index, phrase]...]}}, indexes
   * into {@code table}, phrases normalized by {@link Phrases}.
   */
  static String table(List<Signature> table) {
    StringBuilder selectors = new StringBuilder();
    StringBuilder phrases = new StringBuilder();
    StringBuilder titles = new StringBuilder();
    StringBuilder headlines = new StringBuilder();
    for (int i = 0; i < table.size(); i++) {
      Signature s = table.get(i);
      if (s.clue() == Clue.SELECTOR) {
        append(selectors, i, s.value(), s.kind().name());
      } else if (s.clue() == Clue.TEXT) {
        append(phrases, i, Phrases.normalize(s.value()), null);
      } else if (s.clue() == Clue.TITLE) {
        append(titles, i, Phrases.normalize(s.value()), null);
      } else if (s.clue() == Clue.HEADLINE) {
        append(headlines, i, Phrases.normalize(s.value()), null);
      }
    }
    return "{\"selectors\": ["
        + selectors
        + "], \"phrases\": ["
        + phrases
        + "], \"titles\": ["
        + titles
        + "], \"headlines\": ["
        + headlines
        + "]}";
  }

  private static void append(StringBuilder list, int index, String value, String kind) {
    if (list.length() > 0) {
      list.append(", ");
    }
    list.append('[').append(index).append(", ").append(quote(value));
    if (kind != null) {
      list.append(", ").append(quote(kind));
    }
    list.append(']');
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String load(String name) {
    return ScriptResource.load(name, Map.of(PLACEHOLDER, TABLE));
  }
}
