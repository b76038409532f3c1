package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionFormsTest {

  private static Condition waitFor(String conditionYaml) {
    return ((Step.WaitFor) step("wait-for: " + conditionYaml)).condition();
  }

  @Test
  void visibleAndHidden() {
    assertEquals(
        new Condition.Visible(new Locator.ByRole("dialog", null, false)),
        waitFor("{visible: {role: dialog}}"));
    assertEquals(
        new Condition.Hidden(new Locator.Selector(".spinner")), waitFor("{hidden: .spinner}"));
  }

  @Test
  void textIsVisibleText() {
    assertEquals(
        new Condition.Visible(new Locator.ByText("In stock", false)), waitFor("{text: In stock}"));
  }

  @Test
  void urlGlobAndRegex() {
    assertEquals(new Condition.UrlMatches("**/checkout"), waitFor("{url: \"**/checkout\"}"));
    assertEquals(new Condition.UrlMatches("/order/\\d+/"), waitFor("{url: '/order/\\d+/'}"));
  }

  @Test
  void bareStringIsAVisibleSelector() {
    assertEquals(new Condition.Visible(new Locator.Selector("#basket")), waitFor("\"#basket\""));
    assertEquals(
        new Condition.Visible(new Locator.Selector("#cookies")),
        step("click: \"#x\"\nwhen: \"#cookies\"").options().when().orElseThrow());
  }

  @Test
  void badRegexIsReported() {
    assertEquals(
        List.of("t.yaml:9:21: bad regular expression in 'url': Unclosed group near index 2"),
        RecipeText.problems(RecipeText.withStep("reload") + "  - wait-for: {url: \"/(a/\"}\n"));
  }

  @Test
  void locatorWithoutVisibleGetsAHint() {
    assertEquals(
        List.of(
            "t.yaml:8:15: 'wait-for' needs a condition: one of visible, hidden, text or url (for"
                + " an element, put its locator under 'visible:' or 'hidden:')"),
        stepProblems("wait-for: {role: dialog}"));
  }

  @Test
  void twoConditionKindsAreRefused() {
    assertEquals(
        List.of(
            "t.yaml:8:31: a condition has one of visible, hidden, text or url, found both"
                + " 'visible' and 'url'"),
        stepProblems("wait-for: {visible: \"#a\", url: /x}"));
  }

  @Test
  void unknownConditionKeyInWhen() {
    assertEquals(
        List.of("t.yaml:9:21: unknown key 'urll' in 'when' — did you mean 'url'?"),
        stepProblems("reload:\nwhen: {url: /a, urll: /b}"));
  }
}
