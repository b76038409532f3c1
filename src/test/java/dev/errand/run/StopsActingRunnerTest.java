package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.ShopLimit;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where errand stops acting and what it never selects, on a fake page: a live pay control left on
 * the page is a payment handoff (never {@code completed}); a quantity over the shop's stated limit
 * is refused before it is selected, and the limit seen is noted.
 */
class StopsActingRunnerTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator CONTINUE = new Locator.ByRole("button", "Continue", false);
  static final Locator QTY = new Locator.ByLabel("Quantity", false);

  final FakePage page = new FakePage();
  final List<HandoffRequest> handoffs = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<String> refused = new ArrayList<>();
  HandoffResult answer = HandoffResult.STOPPED;

  final RunListener listener =
      new RunListener() {
        @Override
        public void note(String message) {
          notes.add(message);
        }

        @Override
        public void refused(Step step, String why) {
          refused.add(why);
        }
      };

  RunResult run(int quantity, List<Step> arm, List<Step> atRelease, List<Step> after) {
    Map<Phase, List<Step>> steps = new EnumMap<>(Phase.class);
    steps.put(Phase.ARM, arm);
    steps.put(Phase.AT_RELEASE, atRelease);
    steps.put(Phase.AFTER, after);
    Recipe recipe =
        new Recipe(
            Path.of("r.yaml"),
            "00",
            "test",
            URI.create("https://shop.example/"),
            List.of("shop.example"),
            Optional.<Instant>empty(),
            Map.of(),
            quantity,
            steps);
    HandoffResponder responder =
        (request, p, l) -> {
          handoffs.add(request);
          return answer;
        };
    return new Runner(
            page,
            new ReleaseWaiter(SiteClock.local(), d -> {}),
            listener,
            responder,
            Evidence.NONE,
            RunSettings.DEFAULTS)
        .run(recipe);
  }

  @Test
  void aRecipeEndingWithALivePlaceOrderIsHandedOverAsPaymentNotCompleted() {
    page.present.add(CONTINUE.describe());
    page.livePay = Optional.of("Place order");

    RunResult result = run(1, List.of(), List.of(), List.of(new Step.Click(CONTINUE, OPT)));

    assertEquals(Outcome.REACHED_PAYMENT, result.outcome(), result.toString());
    assertEquals(1, handoffs.size());
    assertEquals(HandoffReason.PAYMENT, handoffs.get(0).reason());
    assertTrue(handoffs.get(0).message().contains("'Place order'"), handoffs.get(0).message());
    assertTrue(handoffs.get(0).automatic(), "errand's own handoff");
  }

  @Test
  void aFailedStepOnAConfirmPageIsHandedOverToo() {
    page.livePay = Optional.of("Complete order");
    answer = HandoffResult.ABORTED;

    RunResult result = run(1, List.of(), List.of(), List.of(new Step.Click(CONTINUE, OPT)));

    assertEquals(Outcome.ABORTED, result.outcome(), "the person's answer ends it: " + result);
    assertEquals(1, handoffs.size());
    assertTrue(handoffs.get(0).message().startsWith("errand stopped ("), handoffs.get(0).message());
  }

  @Test
  void withNoLivePayControlTheRunCompletesAsBefore() {
    page.present.add(CONTINUE.describe());
    RunResult result = run(1, List.of(), List.of(), List.of(new Step.Click(CONTINUE, OPT)));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(List.of(), handoffs);
  }

  @Test
  void aQuantityOverTheShopsLimitIsRefusedBeforeItIsSelected() {
    page.present.add(QTY.describe());
    page.quantityLimits.put(
        QTY.describe(), new ShopLimit(4, "the page says \"max 4 per customer\""));

    RunResult result =
        run(2, List.of(), List.of(), List.of(new Step.Select(QTY, Value.of("6"), OPT)));

    assertEquals(Outcome.FAILED, result.outcome());
    assertFalse(
        page.actions.stream().anyMatch(a -> a.startsWith("select")), page.actions.toString());
    assertTrue(result.message().contains("allows at most 4"), result.message());
    assertTrue(result.message().contains("asks for 6"), result.message());
    assertEquals(1, refused.size());
    assertTrue(
        notes.contains(
            "the shop's per-customer limit: at most 4 (the page says \"max 4 per customer\")"),
        notes.toString());
  }

  @Test
  void aQuantityWithinTheLimitIsSelectedAndTheLimitNotedOnce() {
    page.present.add(QTY.describe());
    page.quantityLimits.put(QTY.describe(), new ShopLimit(4, "the quantity list goes up to 4"));

    RunResult result =
        run(
            2,
            List.of(),
            List.of(),
            List.of(
                new Step.Select(QTY, Value.of("2"), OPT),
                new Step.Select(QTY, Value.of("3"), OPT)));

    assertEquals(Outcome.COMPLETED, result.outcome(), result.toString());
    assertEquals(
        1, notes.stream().filter(n -> n.startsWith("the shop's per")).count(), notes.toString());
  }

  @Test
  void aRecipeAskingForMoreThanTheSalePageStatesEndsBeforeTheAtReleaseSteps() {
    page.present.add(QTY.describe());
    page.statedLimit = Optional.of(new ShopLimit(2, "the page says \"limit 2 per customer\""));

    RunResult result =
        run(
            3,
            List.of(new Step.Goto("/event", OPT)),
            List.of(new Step.Select(QTY, Value.of("3"), OPT)),
            List.of());

    assertEquals(Outcome.FAILED, result.outcome());
    assertTrue(
        result.message().startsWith("the recipe asks for 3, but the shop allows at most 2"),
        result.message());
    assertEquals(Optional.of("select"), result.step().map(Step::type), "names the step");
    assertFalse(
        page.actions.stream().anyMatch(a -> a.startsWith("select")), page.actions.toString());
  }
}
