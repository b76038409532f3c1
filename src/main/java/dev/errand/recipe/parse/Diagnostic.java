package dev.errand.recipe.parse;

import dev.errand.recipe.CardNumbers;
import dev.errand.recipe.SourcePos;

/**
 * One problem in a recipe, where it was written: {@code recipe.yaml:12:5: unknown step 'clik' — did
 * you mean 'click'?}.
 */
public record Diagnostic(SourcePos pos, String message) {

  /** How many characters of a long source line are shown around the column. */
  static final int SHOWN = 120;

  /** {@code file:line:col: message} (just {@code file: message} when the position is unknown). */
  public String format() {
    return pos + ": " + hideCards(message);
  }

  /**
   * {@link #format()} followed by the offending source line and a caret under the column, for a
   * terminal. Without a usable line and column, just {@link #format()}.
   */
  public String formatWithCaret(String sourceText) {
    String[] lines = YamlSource.splitLines(sourceText == null ? "" : sourceText);
    if (pos.line() < 1 || pos.line() > lines.length || pos.column() < 1) {
      return format();
    }
    int[] codePoints = hideCards(lines[pos.line() - 1]).codePoints().toArray();
    // a long line is shown around the column only
    int from = Math.max(0, Math.min(pos.column() - 1 - SHOWN / 2, codePoints.length - SHOWN));
    int to = Math.min(codePoints.length, from + SHOWN);
    String before = from > 0 ? "…" : "";
    String line =
        before + new String(codePoints, from, to - from) + (to < codePoints.length ? "…" : "");
    StringBuilder caret = new StringBuilder(before.isEmpty() ? "" : " ");
    for (int i = from; i < pos.column() - 1; i++) {
      caret.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
    }
    return format() + "\n" + line + "\n" + caret + "^";
  }

  @Override
  public String toString() {
    return format();
  }

  /** A card number's digits as dots, one for one, so the caret still points where it did. */
  private static String hideCards(String text) {
    return CardNumbers.replaceIn(text, run -> run.replaceAll("\\d", "•"));
  }
}
