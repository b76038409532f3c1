package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.parse;
import static dev.errand.recipe.parse.RecipeText.problems;
import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code poll} steps and the {@code release-window}, and every way to write them wrong. */
class PollAndWindowTest {

  private static final StepOptions PLAIN =
      new StepOptions(
          false, Optional.empty(), Optional.empty(), new SourcePos(RecipeText.FILE, 8, 5));
  private static final Condition BUY =
      new Condition.Visible(new Locator.ByText("Add to basket", false));

  @Test
  void aPollWithEverything() {
    assertEquals(
        new Step.Poll(
            BUY,
            true,
            Duration.ofSeconds(2),
            Duration.ofSeconds(30),
            Optional.of(Verdict.SOLD_OUT),
            Optional.of("Sold out"),
            PLAIN),
        step(
            "poll: {until: {text: Add to basket}, reload: true, every: 2s, for: 30s,"
                + " verdict: sold-out, message: Sold out}"));
  }

  @Test
  void aPollLooksEverySecondWithoutReloadingByDefault() {
    Step.Poll poll = (Step.Poll) step("poll: {until: {text: Add to basket}, for: 10s}");
    assertEquals(
        new Step.Poll(
            BUY,
            false,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Optional.empty(),
            Optional.empty(),
            PLAIN),
        poll);
    assertEquals(
        "poll until visible {text: 'Add to basket'} every 1s for up to 10s", poll.describe());
  }

  @Test
  void aPollNeedsAnUpperBound() {
    assertEquals(
        List.of(
            "t.yaml:8:11: 'poll' needs an upper bound: add 'for' (e.g. 'for: 30s', at most 10m)"),
        stepProblems("poll: {until: {text: x}, reload: true}"));
    assertEquals(
        List.of(
            "t.yaml:8:35: 'poll' needs an upper bound: 'for' is a duration such as 30s, at most"
                + " 10m"),
        stepProblems("poll: {until: {text: x}, for: forever}"));
    assertEquals(
        List.of("t.yaml:8:35: 'for' must be at most 10m, got '1h'"),
        stepProblems("poll: {until: {text: x}, for: 1h}"));
    assertEquals(
        List.of("t.yaml:8:35: duration '0s' must be greater than zero"),
        stepProblems("poll: {until: {text: x}, for: 0s}"));
  }

  @Test
  void aPollIsNeverFasterThanOnceASecond() {
    assertEquals(
        List.of(
            "t.yaml:8:37: 'every' must be at least 1s, got '200ms': errand loads a site's pages"
                + " at most once a second"),
        stepProblems("poll: {until: {text: x}, every: 200ms, for: 10s}"));
    assertEquals(
        List.of(
            "t.yaml:8:37: 'every' (20s) is longer than 'for' (10s): the poll would look only"
                + " once"),
        stepProblems("poll: {until: {text: x}, every: 20s, for: 10s}"));
  }

  @Test
  void aPollNeedsAConditionAndKnownKeys() {
    assertEquals(
        List.of("t.yaml:8:11: 'poll' is missing 'until'"), stepProblems("poll: {for: 10s}"));
    assertEquals(
        List.of(
            "t.yaml:8:5: 'poll' takes a map such as '- poll: {until: {visible: {text: Add to"
                + " basket}}, reload: true, every: 1s, for: 30s}'"),
        stepProblems("poll"));
    assertEquals(
        List.of("t.yaml:8:49: unknown verdict 'sold': use failed, sold-out, too-early or blocked"),
        stepProblems("poll: {until: {text: x}, for: 10s, verdict: sold}"));
  }

  @Test
  void theReleaseWindowIsReadAndBounded() {
    String header = RecipeText.HEADER + "release: 2031-05-06T07:08:09Z\n";
    assertEquals(
        Duration.ofSeconds(10),
        parse(header + "release-window: 10s\nsteps: [reload]\n").releaseWindow());
    assertEquals(Duration.ZERO, parse(header + "steps: [reload]\n").releaseWindow());
    assertEquals(
        Duration.ZERO, parse(header + "release-window: 0s\nsteps: [reload]\n").releaseWindow());
    assertEquals(
        List.of("t.yaml:8:17: 'release-window' must be at most 10m, got '1h'"),
        problems(header + "release-window: 1h\nsteps: [reload]\n"));
    assertEquals(
        List.of(
            "t.yaml:8:17: 'release-window' needs an upper bound: a duration such as 10s, at most"
                + " 10m"),
        problems(header + "release-window: forever\nsteps: [reload]\n"));
    assertEquals(
        List.of("t.yaml:8:17: duration '-5s' must not be negative"),
        problems(header + "release-window: -5s\nsteps: [reload]\n"));
  }

  @Test
  void aReleaseWindowWithoutAnInstantIsKeptForTheCommandLinesAt() {
    assertEquals(
        Duration.ofSeconds(10),
        parse(RecipeText.HEADER + "release-window: 10s\nsteps: [reload]\n").releaseWindow());
  }
}
