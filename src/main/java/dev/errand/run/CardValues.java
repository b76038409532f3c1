package dev.errand.run;

import dev.errand.recipe.CardNumbers;
import dev.errand.recipe.Step;
import java.util.Optional;

/**
 * Refuses a step that would type or choose a payment card number, whatever its target and wherever
 * the value came from (a recipe's literal, an input, the profile): the person types card data.
 * Checked before anything is typed; the refusal names the step masked.
 */
final class CardValues {

  private CardValues() {}

  /** Why {@code step} must not run: its value reads as a card number. Empty when it may run. */
  static Optional<String> refusal(Step step) {
    boolean card =
        (step instanceof Step.Fill fill && fill.value().cardNumber())
            || (step instanceof Step.Select select && select.option().cardNumber())
            || (step instanceof Step.Press press && CardNumbers.containsCardNumber(press.key()));
    if (!card) {
      return Optional.empty();
    }
    return Optional.of(
        "errand never types a card number: '" + step.describe() + "' is yours to type");
  }
}
