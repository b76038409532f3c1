package dev.errand.recipe.parse;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import java.util.List;

/**
 * Where the crash-resume marks may go: {@code once: true} only on a step that can buy (a click or a
 * key press), and a {@code checkpoint} never at the release instant.
 */
final class OnceRule {

  private OnceRule() {}

  /** The message for {@code once: true} on {@code step}, which cannot buy. */
  static String cannotBuy(Step step) {
    return "'once: true' marks a step that buys (a click or a key press); '"
        + step.type()
        + "' cannot buy, so it may run again safely: remove 'once'";
  }

  /** Reports every checkpoint among the at-release {@code steps}. */
  static void checkpointsOutsideTheInstant(Phase phase, List<Step> steps, Problems problems) {
    if (phase != Phase.AT_RELEASE) {
      return;
    }
    for (Step step : steps) {
      if (step instanceof Step.Checkpoint) {
        problems.at(
            step.options().pos(),
            "a 'checkpoint' cannot go in 'at-release': there is no coming back to the release"
                + " instant; put it in 'arm' or 'after'");
      }
    }
  }
}
