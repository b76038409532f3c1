package dev.errand.browser.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.recognition.CardFields;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strike never carries a card number into the page: its plan stops before such a step. */
class StrikePlanCardTest {

  static final Locator NAME = new Locator.ByLabel("Full name", false);
  static final Locator BUY = new Locator.ByRole("button", "Buy", false);

  static StrikePlan plan(Step... steps) {
    return StrikePlan.of(List.of(steps), s -> Duration.ofSeconds(5));
  }

  @Test
  void aCardNumberEndsThePlanBeforeItsStep() {
    StrikePlan plan =
        plan(
            new Step.Click(BUY, StepOptions.DEFAULT),
            new Step.Fill(NAME, Value.of("4242 4242 4242 4242"), StepOptions.DEFAULT),
            new Step.Click(BUY, StepOptions.DEFAULT));
    assertEquals(1, plan.covers());
    String json = plan.json("b", "g", "k", false);
    assertFalse(json.replaceAll("\\D", "").contains("4242424242424242"), json);
    assertEquals(
        0, plan(new Step.Select(NAME, Value.of("5555555555554444"), StepOptions.DEFAULT)).covers());
  }

  @Test
  void plainValuesStayAndThePageGetsTheCardFieldHint() {
    StrikePlan plan = plan(new Step.Fill(NAME, Value.of("Alex Example"), StepOptions.DEFAULT));
    assertEquals(1, plan.covers());
    assertTrue(plan.json("b", "g", "k", false).contains("\"cardField\""));
    assertTrue(CardFields.hinted("Card number"));
  }
}
