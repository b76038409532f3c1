package dev.errand.browser.recognition;

import dev.errand.browser.Detection.Kind;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One way to recognise a challenge or payment entry: a clue and its value, e.g. a CSS selector that
 * a visible element matches, or a pattern a visible frame's URL matches.
 *
 * @param kind challenge or payment
 * @param what the name reported, e.g. "reCAPTCHA"
 * @param clue where to look
 * @param value what to look for; its meaning depends on {@code clue}
 * @param unless for frame clues, a pattern that, found in the frame's URL or name, rules it out
 *     (e.g. reCAPTCHA's invisible badge, {@code size=invisible}); null for none
 * @param fallback true for weak evidence (generic wording, card-like input names), reported only
 *     when nothing stronger of the same kind is seen
 */
public record Signature(
    Kind kind, String what, Clue clue, String value, @Nullable Pattern unless, boolean fallback) {

  /** Where a signature looks. */
  public enum Clue {
    /** A visible element, in the page or a same-origin frame, matches the CSS selector. */
    SELECTOR,
    /** A document's visible text contains the phrase (case-insensitive, spaces collapsed). */
    TEXT,
    /**
     * A document's title or one of its visible headings, labels, legends, buttons or checkboxes
     * contains the phrase: for wording that is a challenge's only when it heads something
     * ("Security check"), not in running text ("bags are subject to a security check").
     */
    HEADLINE,
    /** A document's title is the phrase (case-insensitive, spaces collapsed). */
    TITLE,
    /** A visible frame's URL matches the regular expression (case-insensitive). */
    FRAME_URL,
    /** A visible frame's name starts with the value. */
    FRAME_NAME,
    /** A visible iframe's {@code title} attribute contains the phrase (case-insensitive). */
    FRAME_TITLE
  }

  public Signature {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(clue, "clue");
    Objects.requireNonNull(value, "value");
  }

  /** A copy that frames whose URL or name matches {@code regex} (case-insensitive) do not fit. */
  Signature except(String regex) {
    return new Signature(
        kind, what, clue, value, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), fallback);
  }

  /** A copy that is weak evidence: reported only when nothing stronger of its kind is seen. */
  Signature weak() {
    return new Signature(kind, what, clue, value, unless, true);
  }

  /** Whether this signature looks at frames (matched in Java) rather than in documents (in JS). */
  boolean onFrames() {
    return clue == Clue.FRAME_URL || clue == Clue.FRAME_NAME || clue == Clue.FRAME_TITLE;
  }
}
