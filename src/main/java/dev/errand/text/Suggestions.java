package dev.errand.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" help: the known name closest to a misspelt one, by Levenshtein distance
 * (case-insensitive), if it is close enough to be a plausible typo.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code word}, when its edit distance is at most {@code max(2,
   * length/3)} and it is not a complete rewrite; ties go to the earlier candidate.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word == null || word.isEmpty()) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, w.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      if (c.equals(w) && !candidate.equals(word)) {
        return Optional.of(candidate);
      }
      int d = distance(w, c);
      if (d < bestDistance && d <= threshold && d < Math.max(w.length(), c.length())) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " — did you mean 'x'?"} (with {@code prefix} and {@code suffix} around x), or "". */
  public static String didYouMean(
      String word, Collection<String> candidates, String prefix, String suffix) {
    return closest(word, candidates)
        .map(s -> " — did you mean '" + prefix + s + suffix + "'?")
        .orElse("");
  }

  /** {@code " — did you mean 'x'?"}, or "" when nothing is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return didYouMean(word, candidates, "", "");
  }

  /** The Levenshtein edit distance between two strings. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
