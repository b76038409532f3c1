package dev.errand.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.browser.recognition.CardFields;
import java.util.Locale;

/**
 * What a person's press ({@code pointerdown}) or focus ({@code focusin}) landed on, as the
 * recording page noted it: a CSS path that finds that element alone (empty when none was found),
 * its tag, type and autocomplete, and the words it is known by (name, id, placeholder, labels).
 * Never its value. {@code url} is the page's address for an element of the page itself, {@code
 * frame} the frame's for an element inside an iframe (then {@code url} is empty).
 */
public record TargetNote(
    String event,
    String css,
    String tag,
    String type,
    String autocomplete,
    String hints,
    String url,
    String frame) {

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
        node.path("frame").asText(""));
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
