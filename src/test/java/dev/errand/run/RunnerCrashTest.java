package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserGoneException;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A run whose browser is gone goes on from its last safe point once a new browser starts: the step
 * after the last navigation or checkpoint, and never a step that bought again unless the page shows
 * it done or the person says so. Bounded, and honest when it cannot come back.
 */
@Timeout(10)
class RunnerCrashTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator BUY = new Locator.ByRole("button", "Add to basket", false);
  static final Locator NEXT = new Locator.ByRole("link", "Checkout", false);
  static final Locator IN_BASKET = new Locator.ByText("In your basket", false);

  final FakePage page = new FakePage();
  final List<Relaunch> relaunches = new ArrayList<>();
  final List<HandoffRequest> asked = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  HandoffResult answer = HandoffResult.CONTINUED;
  int crashes;
  int starts;

  final RunListener listener =
      new RunListener() {
        @Override
        public void relaunched(Relaunch relaunch) {
          relaunches.add(relaunch);
        }

        @Override
        public void note(String message) {
          notes.add(message);
        }
      };

  /** The browser is gone on the next {@code n} clicks on {@code target} (after they land). */
  void crashOn(Locator target, int n) {
    crashes = n;
    page.onClick =
        t -> {
          if (t.describe().equals(target.describe()) && crashes > 0) {
            crashes--;
            page.url = "about:blank";
            throw new BrowserGoneException("the browser is gone");
          }
        };
  }

  RunResult run(Recipe recipe, Relauncher relauncher) {
    HandoffResponder responder =
        (request, p, l) -> {
          asked.add(request);
          return answer;
        };
    return new Runner(
            page,
            new ReleaseWaiter(SiteClock.local(), d -> {}),
            listener,
            responder,
            Evidence.NONE,
            RunSettings.DEFAULTS)
        .relaunchingWith(relauncher, 3)
        .run(recipe);
  }

  Relauncher starting() {
    return () -> {
      starts++;
      return Optional.of(Duration.ofMillis(1500));
    };
  }

  long clicks(Locator target) {
    return page.actions.stream().filter(a -> a.equals("click " + target.describe())).count();
  }

  @Test
  void goesOnFromTheStepAfterTheLastNavigation() {
    page.present.add(NEXT.describe());
    crashOn(NEXT, 1);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT), new Step.Click(NEXT, OPT)),
                List.of(),
                List.of()),
            starting());
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(1, starts);
    assertEquals(
        List.of(
            "goto https://shop.example/event",
            "click " + NEXT.describe(),
            "goto https://shop.example/event",
            "click " + NEXT.describe()),
        page.actions);
    assertEquals(1, relaunches.size());
    assertEquals("https://shop.example/event", relaunches.get(0).url());
    assertTrue(
        relaunches.get(0).resumeAt().startsWith("from step 2 of arm"), relaunches.toString());
  }

  @Test
  void aBuyThePageShowsDoneIsNotRunAgain() {
    page.present.addAll(List.of(BUY.describe(), NEXT.describe(), IN_BASKET.describe()));
    crashOn(NEXT, 1);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Click(BUY, OPT)),
                List.of(
                    new Step.Expect(
                        new Condition.Visible(IN_BASKET),
                        dev.errand.recipe.Verdict.FAILED,
                        Optional.empty(),
                        OPT),
                    new Step.Click(NEXT, OPT))),
            starting());
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(1, clicks(BUY), page.actions.toString());
    assertEquals(2, clicks(NEXT), page.actions.toString());
    assertTrue(asked.isEmpty(), asked.toString());
    assertTrue(notes.stream().anyMatch(n -> n.contains("does not run it again")), notes.toString());
  }

  @Test
  void aBuyCutShortThatThePageDoesNotShowIsThePersonsToCheck() {
    page.present.addAll(List.of(BUY.describe(), NEXT.describe()));
    crashOn(BUY, 1);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Click(BUY, OPT)),
                List.of(new Step.Click(NEXT, OPT))),
            starting());
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(1, clicks(BUY), page.actions.toString());
    assertEquals(1, asked.size());
    assertTrue(
        asked.get(0).message().contains("the browser crashed during 'click"),
        asked.get(0).message());
    assertTrue(
        asked
            .get(0)
            .message()
            .contains("check the basket, then press Enter to go on or a to abort"),
        asked.get(0).message());
  }

  @Test
  void thePersonMayAbortAfterACrash() {
    page.present.addAll(List.of(BUY.describe(), NEXT.describe()));
    crashOn(BUY, 1);
    answer = HandoffResult.ABORTED;
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Click(BUY, OPT)),
                List.of(new Step.Click(NEXT, OPT))),
            starting());
    assertEquals(Outcome.ABORTED, result.outcome(), result.message());
    assertEquals(1, clicks(BUY));
    assertEquals(0, clicks(NEXT));
  }

  @Test
  void aCheckpointIsWhereTheRunComesBack() {
    Locator login = new Locator.ByRole("button", "Log in", false);
    page.present.addAll(List.of(login.describe(), NEXT.describe()));
    crashOn(NEXT, 1);
    run(
        RunnerTest.recipe(
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(
                new Step.Goto("/login", OPT),
                new Step.Click(login, OPT),
                new Step.Checkpoint("logged in", OPT),
                new Step.Click(NEXT, OPT))),
        starting());
    assertEquals(1, clicks(login), page.actions.toString());
    assertEquals(2, clicks(NEXT), page.actions.toString());
    assertTrue(
        relaunches.get(0).resumeAt().startsWith("from step 4 of after"), relaunches.toString());
  }

  @Test
  void aBrowserThatKeepsCrashingEndsTheRunAfterThreeRelaunches() {
    page.present.add(NEXT.describe());
    crashOn(NEXT, 10);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT), new Step.Click(NEXT, OPT)),
                List.of(),
                List.of()),
            starting());
    assertEquals(Outcome.FAILED, result.outcome());
    assertTrue(result.message().startsWith("the browser crashed 4 times"), result.message());
    assertEquals(3, starts);
    assertEquals(3, relaunches.size());
  }

  @Test
  void withoutARelauncherACrashEndsTheRunInOneLine() {
    page.present.add(NEXT.describe());
    crashOn(NEXT, 1);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT), new Step.Click(NEXT, OPT)),
                List.of(),
                List.of()),
            Relauncher.NONE);
    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals("the browser is gone, and errand cannot start it again here", result.message());
  }
}
