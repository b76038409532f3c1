package dev.errand.browser.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page does not run a {@code poll}: its strike ends before one, and errand runs the rest. */
class StrikePlanPollTest {

  @Test
  void aPollEndsThePagesPartOfTheStrike() {
    Condition buy = new Condition.Visible(new Locator.ByRole("button", "Buy", false));
    List<Step> steps =
        List.of(
            new Step.WaitFor(buy, StepOptions.DEFAULT),
            new Step.Poll(
                buy,
                true,
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Optional.empty(),
                Optional.empty(),
                StepOptions.DEFAULT),
            new Step.Click(new Locator.ByRole("button", "Buy", false), StepOptions.DEFAULT));
    assertEquals(1, StrikePlan.of(steps, s -> Duration.ofSeconds(5)).covers());
  }
}
