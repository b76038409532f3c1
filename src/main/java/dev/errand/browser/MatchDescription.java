package dev.errand.browser;

import dev.errand.recipe.Locator;
import java.util.List;

/**
 * How an action tells what matched its target, the same whether the adapter or the strike in the
 * page found it: the candidate's description, with its place in an {@code any:} list or among
 * several candidates ("button \"Buy\" (2nd of 3)").
 */
public final class MatchDescription {

  private MatchDescription() {}

  /** Candidate {@code i} of {@code descriptions}, the candidates of {@code target}. */
  public static String of(Locator target, List<String> descriptions, int i) {
    return target instanceof Locator.AnyOf || descriptions.size() > 1
        ? descriptions.get(i) + " (" + ordinal(i + 1) + " of " + descriptions.size() + ")"
        : descriptions.get(i);
  }

  /** 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st. */
  public static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
