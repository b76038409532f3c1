package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks whether a buying step is done, after a browser crash, by the recipe's own checks that come
 * right after it (its {@code wait-for} and {@code expect} steps, past screenshots and checkpoints):
 * all of them hold on the reopened page, or the person is asked. A recipe with no check there
 * always asks.
 */
final class BuyCheck {

  /** How long each check may take to hold on the reopened page, at most. */
  static final Duration LOOK = Duration.ofSeconds(5);

  private final BrowserPage page;
  private final RunListener listener;
  private final RunSettings settings;

  BuyCheck(BrowserPage page, RunListener listener, RunSettings settings) {
    this.page = page;
    this.listener = listener;
    this.settings = settings;
  }

  /** Returns when the run may go on after {@code bought}; throws {@link RunEnded} when not. */
  void confirm(SafePoints.Bought bought, StepContext context) {
    List<Condition> checks = checksAfter(context.recipe(), bought.phase(), bought.index());
    if (!checks.isEmpty() && checks.stream().allMatch(this::holds)) {
      listener.note(
          "the page shows '"
              + bought.step().describe()
              + "' done ("
              + String.join(", ", checks.stream().map(Condition::describe).toList())
              + "); errand goes on after it and does not run it again");
      return;
    }
    BrowserResume.askThePerson(bought.step(), bought.finished(), context);
  }

  private boolean holds(Condition condition) {
    Duration look = settings.stepTimeout().compareTo(LOOK) < 0 ? settings.stepTimeout() : LOOK;
    try {
      page.waitFor(condition, look);
      return true;
    } catch (BrowserActionException e) {
      return false;
    }
  }

  /** The conditions of the checks that follow step {@code index} of {@code phase}. */
  static List<Condition> checksAfter(Recipe recipe, Phase phase, int index) {
    List<Condition> checks = new ArrayList<>();
    int from = index + 1;
    boolean reached = false;
    for (Phase p : Phase.values()) {
      reached |= p == phase;
      if (!reached) {
        continue;
      }
      List<Step> steps = recipe.steps(p);
      for (int i = p == phase ? from : 0; i < steps.size(); i++) {
        Optional<Condition> check = checkOf(steps.get(i));
        if (check.isPresent()) {
          checks.add(check.get());
        } else if (!(steps.get(i) instanceof Step.Screenshot)
            && !(steps.get(i) instanceof Step.Checkpoint)) {
          return checks;
        }
      }
    }
    return checks;
  }

  private static Optional<Condition> checkOf(Step step) {
    if (step.options().when().isPresent()) {
      return Optional.empty();
    }
    if (step instanceof Step.WaitFor w) {
      return Optional.of(w.condition());
    }
    if (step instanceof Step.Expect e) {
      return Optional.of(e.condition());
    }
    return Optional.empty();
  }
}
