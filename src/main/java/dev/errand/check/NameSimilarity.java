package dev.errand.check;

import dev.errand.text.Suggestions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two names read, from 0 (nothing shared) to 1 (the same, case and spacing aside). For
 * names of several words, mostly the words they share (a changed word in "Add to cart" / "Add to
 * basket" leaves most in common; "Skip to content" shares only "to"), partly their spelling; for a
 * single word, its spelling (a typo, "Chekout"). A name that contains the other whole reads as very
 * alike, as Playwright's non-exact match would take it.
 */
final class NameSimilarity {

  /** How much the shared words weigh against the spelling, for names of several words. */
  private static final double WORDS = 0.6;

  private NameSimilarity() {}

  static double of(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    double contains = x.contains(y) || y.contains(x) ? 0.9 : 0;
    double spelling = 1.0 - (double) Suggestions.distance(x, y) / Math.max(x.length(), y.length());
    if (!x.contains(" ") || !y.contains(" ")) {
      // one word: a typo is what to look for
      return Math.max(contains, spelling);
    }
    return Math.max(contains, WORDS * words(x, y) + (1 - WORDS) * spelling);
  }

  /** Shared words over all the words (Jaccard), words of one letter included. */
  private static double words(String x, String y) {
    Set<String> a = new HashSet<>(Arrays.asList(x.split(" ")));
    Set<String> b = new HashSet<>(Arrays.asList(y.split(" ")));
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    a.retainAll(b);
    return union.isEmpty() ? 0 : (double) a.size() / union.size();
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{Punct}\\u2018\\u2019\\u2026]", " ")
        .replaceAll("[\\s\\u00a0]+", " ")
        .trim();
  }
}
