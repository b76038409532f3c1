package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Verdict;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The release window and the {@code poll} step on a fake page and a site clock that moves only when
 * errand pauses: nothing sleeps.
 */
@Timeout(10)
class ReleaseWindowRunnerTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator BUY = new Locator.ByRole("button", "Buy", false);
  static final Locator SOLD_OUT = new Locator.ByText("Sold out", false);
  static final Step EXPECT_ON_SALE =
      new Step.Expect(
          new Condition.Hidden(SOLD_OUT), Verdict.SOLD_OUT, Optional.of("Sold out"), OPT);

  final FakePage page = new FakePage();
  final List<String> notes = new ArrayList<>();
  final List<StepReport> reports = new ArrayList<>();

  /** The site clock: starts just after the release and moves {@link #step} at each pause. */
  final Instant release = Instant.parse("2031-05-06T07:08:09Z");

  Instant now = release.plusMillis(100);
  Duration step = Duration.ofMillis(1_100);

  final SiteClock clock =
      new SiteClock() {
        @Override
        public Instant now() {
          return now;
        }

        @Override
        public Instant at(Instant local) {
          return now;
        }

        @Override
        public String describe() {
          return "test clock";
        }
      };

  final RunListener listener =
      new RunListener() {
        @Override
        public void note(String message) {
          notes.add(message);
        }

        @Override
        public void stepFinished(StepReport report) {
          reports.add(report);
        }
      };

  ReleaseWindowRunnerTest() {
    page.onPause = () -> now = now.plus(step);
  }

  RunResult run(Recipe recipe) {
    return new Runner(
            page,
            new ReleaseWaiter(clock, d -> {}),
            listener,
            (request, p, l) -> HandoffResult.DONE,
            Evidence.NONE,
            RunSettings.DEFAULTS)
        .run(recipe);
  }

  Recipe recipe(Duration window, List<Step> atRelease) {
    return RunnerTest.recipe(
            Optional.of(release),
            List.of(new Step.Goto("/event", OPT)),
            atRelease,
            List.of(new Step.Click(new Locator.ByRole("link", "Checkout", false), OPT)))
        .withReleaseWindow(window);
  }

  long reloads() {
    return page.actions.stream().filter(a -> a.equals("reload")).count();
  }

  /** The page shows "Sold out" until {@code reloads} reloads, then the buy button. */
  void opensAfterReloads(int reloads) {
    page.present.add(SOLD_OUT.describe());
    page.present.add(new Locator.ByRole("link", "Checkout", false).describe());
    int[] seen = {0};
    page.onReload =
        () -> {
          if (++seen[0] >= reloads) {
            page.present.remove(SOLD_OUT.describe());
            page.present.add(BUY.describe());
          }
        };
  }

  @Test
  void soldOutInsideTheWindowIsTriedAgainUntilTheDropOpens() {
    opensAfterReloads(2);
    List<Boolean> urgentAtClicks = new java.util.ArrayList<>();
    page.onClick = target -> urgentAtClicks.add(page.urgent);
    RunResult result =
        run(recipe(Duration.ofSeconds(10), List.of(EXPECT_ON_SALE, new Step.Click(BUY, OPT))));
    // a try after the instant is not urgent: its click waits for its turn like any page load
    assertEquals(List.of(false, false), urgentAtClicks, "the buy click, then checkout");

    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(2, reloads());
    assertTrue(
        notes.contains("sold out at +0.1 s, inside the 10 s release window: trying again (try 2)"),
        notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.contains("(try 3)")), notes.toString());
    assertTrue(page.actions.contains("click " + BUY.describe()), page.actions.toString());
    assertTrue(page.paused.compareTo(Duration.ofSeconds(2)) >= 0, "a second apart at least");
  }

  @Test
  void afterTheWindowTheVerdictStands() {
    opensAfterReloads(1_000);
    step = Duration.ofSeconds(4);
    RunResult result = run(recipe(Duration.ofSeconds(10), List.of(EXPECT_ON_SALE)));

    assertEquals(Outcome.SOLD_OUT, result.outcome());
    assertEquals(3, reloads(), "tried again after +0.1, +4.1 and +8.1 s; at +12.1 s it stands");
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("the 10 s release window has passed")),
        notes.toString());
  }

  @Test
  void theTriesAreBoundedEvenOnAClockThatStands() {
    opensAfterReloads(1_000);
    step = Duration.ZERO;
    RunResult result = run(recipe(Duration.ofSeconds(3), List.of(EXPECT_ON_SALE)));

    assertEquals(Outcome.SOLD_OUT, result.outcome());
    assertEquals(3, reloads(), "at most one try a second of the window after the first");
  }

  @Test
  void withoutAWindowSoldOutEndsTheRunAtOnce() {
    opensAfterReloads(1);
    RunResult result = run(recipe(Duration.ZERO, List.of(EXPECT_ON_SALE)));

    assertEquals(Outcome.SOLD_OUT, result.outcome());
    assertEquals(0, reloads());
  }

  @Test
  void otherEndingsAreNotTriedAgain() {
    opensAfterReloads(1);
    Step failing =
        new Step.Expect(new Condition.Hidden(SOLD_OUT), Verdict.FAILED, Optional.empty(), OPT);
    RunResult result = run(recipe(Duration.ofSeconds(10), List.of(failing)));

    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals(0, reloads());
  }

  @Test
  void aTryThatLeftTheReleasePageGoesBackToIt() {
    opensAfterReloads(1_000);
    Step after =
        new Step.Expect(new Condition.Hidden(SOLD_OUT), Verdict.SOLD_OUT, Optional.of("gone"), OPT);
    Recipe recipe =
        RunnerTest.recipe(
                Optional.of(release),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Goto("/basket", OPT)),
                List.of(after))
            .withReleaseWindow(Duration.ofSeconds(2));
    page.onPause = () -> now = now.plusSeconds(1);
    run(recipe);

    assertEquals(
        3,
        page.actions.stream().filter(a -> a.equals("goto https://shop.example/event")).count(),
        page.actions.toString());
  }

  @Test
  void withNoPageBeforeTheInstantTheStepsLoadTheirOwn() {
    opensAfterReloads(1_000);
    Recipe recipe =
        RunnerTest.recipe(
                Optional.of(release),
                List.of(),
                List.of(new Step.Goto("/event", OPT), EXPECT_ON_SALE),
                List.of())
            .withReleaseWindow(Duration.ofSeconds(2));
    page.onPause = () -> now = now.plusSeconds(1);
    assertEquals(Outcome.SOLD_OUT, run(recipe).outcome());

    assertEquals(0, reloads());
    assertEquals(
        List.of("goto https://shop.example/event", "goto https://shop.example/event"),
        page.actions.stream().filter(a -> a.startsWith("goto")).toList().subList(0, 2));
  }

  @Test
  void aWindowWithoutAReleaseInstantIsSaidToBeUnused() {
    Recipe recipe =
        RunnerTest.recipe(Optional.empty(), List.of(new Step.Reload(OPT)), List.of(), List.of())
            .withReleaseWindow(Duration.ofSeconds(10));
    assertEquals(Outcome.COMPLETED, run(recipe).outcome());
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("this run has none: it is not used")),
        notes.toString());
  }

  // ---- poll

  static Step.Poll poll(boolean reload, Optional<Verdict> verdict, StepOptions options) {
    return new Step.Poll(
        new Condition.Visible(BUY),
        reload,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        verdict,
        Optional.of("no Buy button"),
        options);
  }

  @Test
  void aPollReloadsUntilItsConditionHolds() {
    opensAfterReloads(3);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(poll(true, Optional.empty(), OPT), new Step.Click(BUY, OPT))));

    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(3, reloads());
    assertTrue(notes.get(0).startsWith("poll: try 1 — visible"), notes.toString());
    assertTrue(notes.get(0).contains("does not hold yet; reloading"), notes.toString());
    assertEquals(3, notes.size(), "one note a try that did not hold: " + notes);
  }

  @Test
  void aPollThatNeverHoldsEndsWithItsVerdictAfterItsBound() {
    opensAfterReloads(1_000);
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(poll(true, Optional.of(Verdict.SOLD_OUT), OPT))));

    assertEquals(Outcome.SOLD_OUT, result.outcome());
    assertEquals("no Buy button", result.message());
    assertTrue(reloads() >= 3 && reloads() <= 4, "every 1–1.2 s for 5 s: " + reloads());
  }

  @Test
  void aPollWithoutVerdictFailsAndMayBeOptional() {
    opensAfterReloads(1_000);
    StepOptions optional = new StepOptions(true, Optional.empty(), Optional.empty(), OPT.pos());
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(poll(false, Optional.empty(), optional), new Step.Reload(OPT))));

    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(StepStatus.FAILED_OPTIONAL, reports.get(0).status());
    assertTrue(reports.get(0).message().orElseThrow().startsWith("no Buy button: visible"));
    assertEquals(1, reloads(), "a poll without reload only looks");
  }

  @Test
  void aPollInsideTheWindowIsTriedAgainToo() {
    opensAfterReloads(9);
    Step.Poll quick =
        new Step.Poll(
            new Condition.Visible(BUY),
            true,
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Optional.of(Verdict.SOLD_OUT),
            Optional.empty(),
            OPT);
    RunResult result = run(recipe(Duration.ofSeconds(30), List.of(quick)));

    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertFalse(notes.isEmpty());
    assertTrue(notes.stream().anyMatch(n -> n.contains("release window")), notes.toString());
  }
}
