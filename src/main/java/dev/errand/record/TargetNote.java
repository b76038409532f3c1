package dev.errand.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.browser.recognition.CardFields;
import java.util.Locale;

/**
 * What a person's press ({@code pointerdown}) or focus ({@code focusin}) landed on, as the
 * recording page noted it: a CSS path that finds that element alone (empty when none was found),
 * its tag, type and autocomplete, and the words it is known by (name, id, placeholder, labels).
 * Never its value. {@code url} is the page's address for an element of the page itself, {@code
 * frame} the frame's for an element inside an iframe (then {@code url} is empty); {@code text} what
 * it reads as (its aria-label, text or a button's value), to match it with the action.
 */
public record TargetNote(
    String event,
    String css,
    String tag,
    String type,
    String autocomplete,
    String hints,
    String url,
    String frame,
    String text) {

  /** The note in a {@code {kind: "note", ev, css, tag, type, autocomplete, hints}} line. */
  public static TargetNote of(JsonNode node) {
    return new TargetNote(
        node.path("ev").asText(""),
        node.path("css").asText(""),
        node.path("tag").asText("").toLowerCase(Locale.ROOT),
        node.path("type").asText("").toLowerCase(Locale.ROOT),
        node.path("autocomplete").asText("").toLowerCase(Locale.ROOT),
        node.path("hints").asText(""),
        node.path("url").asText(""),
        node.path("frame").asText(""),
        node.path("text").asText(""));
  }

  /**
   * Whether this can be what an action with {@code words} (its accessible name, label, text or
   * placeholder) acted on: the words are in the element's text or hints, or there are none.
   */
  public boolean fits(String words) {
    String w = norm(words);
    if (w.isEmpty()) {
      return true;
    }
    String t = norm(text);
    return t.contains(w) || norm(hints).contains(w) || (!t.isEmpty() && w.contains(t));
  }

  private static String norm(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Whether it was a press (else a focus). */
  public boolean pressed() {
    return event.equals("pointerdown");
  }

  /** Whether the element is a password field. */
  public boolean password() {
    return type.equals("password")
        || autocomplete.contains("current-password")
        || autocomplete.contains("new-password");
  }

  /** Whether the element takes card data, by its markup and labels ({@link CardFields}). */
  public boolean cardField() {
    return autocomplete.startsWith("cc-") || CardFields.hinted(hints);
  }
}
