package dev.errand.watch;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.util.List;
import java.util.Optional;

/**
 * What tells a watch that what the recipe buys is there: the recipe's {@code available:} condition,
 * else the condition of the at-release steps' first {@code wait-for} (the page the release was
 * waiting for). Empty when the recipe has neither.
 */
public final class WatchCondition {

  private WatchCondition() {}

  public static Optional<Condition> of(Recipe recipe) {
    if (recipe.available().isPresent()) {
      return recipe.available();
    }
    List<Step> atRelease = recipe.steps(Phase.AT_RELEASE);
    return atRelease.stream()
        .filter(step -> step instanceof Step.WaitFor)
        .map(step -> ((Step.WaitFor) step).condition())
        .findFirst();
  }
}
