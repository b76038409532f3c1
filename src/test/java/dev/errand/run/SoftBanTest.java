package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A site that stopped serving errand ends the run blocked at once: nothing more is sent. */
@Timeout(10)
class SoftBanTest {

  private final RunnerTest runs = new RunnerTest();
  private final FakePage page = runs.page;
  private final Locator buy = RunnerTest.BUY;

  @Test
  void aGotoThatLandsOnABlockPageEndsTheRunBlockedAndNothingFollows() {
    page.present.add(buy.describe());
    page.blockOnGoto = Optional.of("the site showed an Akamai block page");
    RunResult result =
        runs.run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(
                    new Step.Goto("/event", RunnerTest.OPT), new Step.Click(buy, RunnerTest.OPT)),
                List.of(),
                List.of()));
    assertEquals(Outcome.BLOCKED, result.outcome());
    assertTrue(
        result.message().startsWith("the site showed an Akamai block page; errand stops here"),
        result.message());
    assertEquals(List.of("goto https://shop.example/event"), page.actions, "no click after it");
    assertEquals(StepStatus.FAILED, runs.reports.get(0).status());
  }

  @Test
  void aStepThatFailsOnceTheSiteRefusesErrandEndsBlockedNotFailed() {
    page.blocked = Optional.of("the site answered 403 three times in a row");
    RunResult result =
        runs.run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Click(buy, RunnerTest.OPT)),
                List.of(),
                List.of()));
    assertEquals(Outcome.BLOCKED, result.outcome());
    assertEquals(List.of(), page.actions, "not even the click");
  }
}
