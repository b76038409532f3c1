package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Purchases;
import dev.errand.recipe.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crash-resume marks: a {@code checkpoint} step and {@code once: true}, and where they go. */
class CrashMarksTest {

  @Test
  void aCheckpointIsABareWordOrNamed() {
    assertEquals("checkpoint", step("checkpoint").describe());
    assertEquals("checkpoint logged in", step("checkpoint: logged in").describe());
    assertTrue(step("checkpoint") instanceof Step.Checkpoint);
  }

  @Test
  void aCheckpointTakesANameAtMost() {
    assertEquals(
        List.of("t.yaml:8:17: 'checkpoint' takes a name at most, e.g. '- checkpoint: logged in'"),
        stepProblems("checkpoint: {name: x}"));
  }

  @Test
  void aCheckpointCannotGoAtTheReleaseInstant() {
    List<String> problems =
        RecipeText.problems(
            RecipeText.HEADER
                + "release: 2031-05-06T07:08:09Z\n"
                + "arm:\n  - goto: /a\n  - checkpoint\n"
                + "at-release:\n  - checkpoint: too late\n  - click: \"#buy\"\n");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("a 'checkpoint' cannot go in 'at-release'"), problems.get(0));
    assertTrue(problems.get(0).matches("t\\.yaml:\\d+:\\d+: .*"), problems.get(0));
  }

  @Test
  void onceMarksAClickThatBuys() {
    Step click = step("click: \"#order\"\nonce: true");
    assertTrue(click.options().once());
    assertTrue(Purchases.buys(Phase.AFTER, click));
    assertFalse(step("click: \"#next\"").options().once());
    assertFalse(Purchases.buys(Phase.AFTER, step("click: \"#next\"")));
  }

  @Test
  void onceOnAStepThatCannotBuyIsAnError() {
    assertEquals(
        List.of(
            "t.yaml:9:5: 'once: true' marks a step that buys (a click or a key press); 'fill'"
                + " cannot buy, so it may run again safely: remove 'once'"),
        stepProblems("fill: {label: Name, value: x}\nonce: true"));
  }

  @Test
  void clicksAtTheInstantAndOrderWordsBuy() {
    Step add = step("click: {role: button, name: Add to basket}");
    Step place = step("click: {role: button, name: Place order}");
    Step next = step("click: {role: link, name: Checkout}");
    assertTrue(Purchases.buys(Phase.AFTER, add));
    assertTrue(Purchases.buys(Phase.AFTER, place));
    assertFalse(Purchases.buys(Phase.AFTER, next));
    assertTrue(Purchases.buys(Phase.AT_RELEASE, next));
    assertFalse(Purchases.buys(Phase.AT_RELEASE, step("wait-for: {visible: \"#x\"}")));
  }
}
