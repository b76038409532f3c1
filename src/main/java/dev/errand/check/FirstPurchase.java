package dev.errand.check;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Purchases;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.util.List;
import java.util.Optional;

/**
 * The recipe's first step that buys ({@link Purchases#buys}): {@code errand check} walks the steps
 * before it and never runs it or anything after it.
 */
record FirstPurchase(Phase phase, int index, Step step) {

  static Optional<FirstPurchase> of(Recipe recipe) {
    for (Phase phase : Phase.values()) {
      List<Step> steps = recipe.steps(phase);
      for (int i = 0; i < steps.size(); i++) {
        if (Purchases.buys(phase, steps.get(i))) {
          return Optional.of(new FirstPurchase(phase, i, steps.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether this purchase step comes after step {@code i} of {@code p}. */
  boolean follows(Phase p, int i) {
    return p.compareTo(phase) < 0 || (p == phase && i < index);
  }
}
