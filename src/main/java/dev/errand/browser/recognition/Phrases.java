package dev.errand.browser.recognition;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Wording compared the same way in Java and in the detection script: lower case, typographic
 * apostrophes and ellipses made plain, runs of white space (non-breaking too) made one space.
 */
final class Phrases {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

  private Phrases() {}

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        text.replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .replace('\u02bc', '\'')
            .replace("\u2026", "...");
    return SPACES.matcher(plain).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }
}
