package dev.errand.recipe.parse;

import java.util.Optional;

/**
 * How long a recipe's lines may be. A real recipe's are short; a runaway line is refused at once,
 * before the YAML reader, whose time grows with the square of a line's length, spends minutes on
 * it. (The size of the whole file: {@link dev.errand.text.InputLimits}.)
 */
final class SourceLimits {

  /** The longest line, in characters. */
  static final int MAX_LINE = 16 * 1024;

  private SourceLimits() {}

  static String lineTooLong() {
    return "this line is longer than " + MAX_LINE + " characters; errand reads no longer lines";
  }

  /** The number (from 1) of the first line longer than {@link #MAX_LINE}, if any. */
  static Optional<Integer> longLine(String text) {
    if (text.length() <= MAX_LINE) {
      return Optional.empty();
    }
    String[] lines = YamlSource.splitLines(text);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > MAX_LINE) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
