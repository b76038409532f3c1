package dev.errand.recipe;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which steps may buy: the ones errand never runs twice without looking at the page first. A step
 * that can buy is a click or a key press; it is taken to buy when the recipe marks it {@code once:
 * true}, when it runs at the release instant (where a click adds to a basket), or when its target
 * reads as committing an order ("Add to basket", "Place order", "Buy now", "Book").
 */
public final class Purchases {

  private static final Pattern BUYING_WORDS =
      Pattern.compile(
          "\\b(add(ed)? to (basket|cart|bag|trolley)|buy|purchase|(place|submit|confirm|complete)"
              + " (the )?order|order now|book( now)?|reserve)\\b");

  private Purchases() {}

  /** Whether {@code step} is of a kind that can buy (a click or a key press). */
  public static boolean canBuy(Step step) {
    return step instanceof Step.Click || step instanceof Step.Press;
  }

  /** Whether {@code step}, in {@code phase}, is taken to buy (see the class comment). */
  public static boolean buys(Phase phase, Step step) {
    if (!canBuy(step)) {
      return false;
    }
    return step.options().once()
        || phase == Phase.AT_RELEASE
        || BUYING_WORDS.matcher(step.describe().toLowerCase(Locale.ROOT)).find();
  }
}
