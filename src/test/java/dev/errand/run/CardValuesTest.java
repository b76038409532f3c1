package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardValuesTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator NAME = new Locator.ByLabel("Full name", false);

  @Test
  void aCardNumberIsRefusedWhereverItIsTyped() {
    for (Step step :
        List.<Step>of(
            new Step.Fill(NAME, Value.of("4242 4242 4242 4242"), OPT),
            new Step.Fill(NAME, Value.of("ref 5555-5555-5555-4444"), OPT),
            new Step.Fill(NAME, new Value("378282246310005", true), OPT),
            new Step.Select(NAME, Value.of("4242424242424242"), OPT),
            new Step.Press("4242424242424242", Optional.of(NAME), OPT))) {
      Optional<String> why = CardValues.refusal(step);
      assertTrue(why.isPresent(), step.describe());
      assertTrue(why.get().startsWith("errand never types a card number"), why.get());
      assertFalse(why.get().replaceAll("\\D", "").contains("4242424242"), why.get());
      assertFalse(why.get().contains("5555"), why.get());
    }
  }

  @Test
  void otherValuesMayBeTyped() {
    for (Step step :
        List.<Step>of(
            new Step.Fill(NAME, Value.of("Alex Example"), OPT),
            new Step.Fill(NAME, Value.of("+44 7700 900123"), OPT),
            new Step.Fill(NAME, Value.of("4242424242424241"), OPT),
            new Step.Select(NAME, Value.of("2"), OPT),
            new Step.Press("Enter", Optional.empty(), OPT),
            new Step.Click(NAME, OPT))) {
      assertEquals(Optional.empty(), CardValues.refusal(step), step.describe());
    }
  }

  @Test
  void theRunnerRefusesItBeforeTypingAndHandsOverAsPayment() {
    FakePage page = new FakePage();
    page.present.add(NAME.describe());
    List<HandoffRequest> handoffs = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    RunListener listener =
        new RunListener() {
          @Override
          public void refused(Step step, String why) {
            refused.add(why);
          }
        };
    RunResult result =
        new Runner(
                page,
                new ReleaseWaiter(SiteClock.local(), d -> {}),
                listener,
                (request, p, l) -> {
                  handoffs.add(request);
                  return HandoffResult.STOPPED;
                },
                Evidence.NONE,
                RunSettings.DEFAULTS)
            .run(
                RunnerTest.recipe(
                    Optional.empty(),
                    List.of(new Step.Fill(NAME, Value.of("4242 4242 4242 4242"), OPT)),
                    List.of(),
                    List.of()));
    assertTrue(page.actions.stream().noneMatch(a -> a.startsWith("fill")), "" + page.actions);
    assertEquals(Outcome.REACHED_PAYMENT, result.outcome());
    assertEquals(1, handoffs.size());
    assertEquals(HandoffReason.PAYMENT, handoffs.get(0).reason());
    assertEquals(1, refused.size());
    assertFalse(refused.get(0).contains("4242"), refused.get(0));
  }
}
