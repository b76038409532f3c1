package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import dev.errand.recipe.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepFormsTest {

  private static final SourcePos POS = new SourcePos(RecipeText.FILE, 8, 5);
  private static final StepOptions PLAIN =
      new StepOptions(false, Optional.empty(), Optional.empty(), POS);

  @Test
  void gotoTakesAUrl() {
    assertEquals(new Step.Goto("/events/aurora", PLAIN), step("goto: /events/aurora"));
    assertEquals(
        new Step.Goto("https://shop.example.com/x", PLAIN),
        step("goto: https://shop.example.com/x"));
  }

  @Test
  void reloadAsBareWordOrEmptyKey() {
    assertEquals(new Step.Reload(PLAIN), step("reload"));
    assertEquals(new Step.Reload(PLAIN), step("reload:"));
    assertEquals(
        List.of(
            "t.yaml:8:13: 'reload' takes no value, got 'now': write '- reload', with optional,"
                + " when or timeout on the lines below it"),
        stepProblems("reload: now"));
  }

  @Test
  void clickShorthandAndMap() {
    assertEquals(new Step.Click(new Locator.Selector("#buy"), PLAIN), step("click: \"#buy\""));
    assertEquals(
        new Step.Click(new Locator.ByRole("button", "Buy", false), PLAIN),
        step("click: {role: button, name: Buy}"));
  }

  @Test
  void fillNeedsValueAndAllowsEmpty() {
    assertEquals(
        new Step.Fill(new Locator.ByLabel("Promo", false), Value.of(""), PLAIN),
        step("fill: {label: Promo, value: \"\"}"));
    assertEquals(
        new Step.Fill(new Locator.ByLabel("Email", false), Value.of("${profile.email}"), PLAIN),
        step("fill: {label: Email, value: \"${profile.email}\"}"));
    assertEquals(
        List.of("t.yaml:8:11: 'fill' is missing 'value'"), stepProblems("fill: {label: Email}"));
  }

  @Test
  void selectNeedsOption() {
    assertEquals(
        new Step.Select(new Locator.ByLabel("Quantity", false), Value.of("2"), PLAIN),
        step("select: {label: Quantity, option: 2}"));
    assertEquals(
        List.of("t.yaml:8:13: 'select' is missing 'option'"),
        stepProblems("select: {label: Quantity}"));
  }

  @Test
  void checkDefaultsToCheckedAndCanUncheck() {
    assertEquals(
        new Step.Check(new Locator.ByLabel("Terms", false), true, PLAIN),
        step("check: {label: Terms}"));
    assertEquals(
        new Step.Check(new Locator.ByLabel("News", false), false, PLAIN),
        step("check: {label: News, checked: false}"));
    assertEquals(
        new Step.Check(new Locator.Selector("#terms"), true, PLAIN), step("check: \"#terms\""));
  }

  @Test
  void pressOnThePageOrOnAnElement() {
    assertEquals(new Step.Press("Enter", Optional.empty(), PLAIN), step("press: {key: Enter}"));
    assertEquals(
        new Step.Press("Enter", Optional.of(new Locator.ByLabel("Search", false)), PLAIN),
        step("press: {key: Enter, label: Search}"));
    assertEquals(new Step.Press("Control+A", Optional.empty(), PLAIN), step("press: Control+A"));
    assertEquals(
        List.of("t.yaml:8:12: 'press' is missing 'key'"), stepProblems("press: {label: Search}"));
  }

  @Test
  void waitForConditionOrSelectorShorthand() {
    assertEquals(
        new Step.WaitFor(new Condition.Visible(new Locator.Selector("#basket")), PLAIN),
        step("wait-for: \"#basket\""));
    assertEquals(
        new Step.WaitFor(new Condition.UrlMatches("**/checkout"), PLAIN),
        step("wait-for: {url: \"**/checkout\"}"));
  }

  @Test
  void expectWithVerdictAndMessage() {
    assertEquals(
        new Step.Expect(
            new Condition.Hidden(new Locator.ByText("Sold out", false)),
            Verdict.SOLD_OUT,
            Optional.of("Gone"),
            PLAIN),
        step("expect: {hidden: {text: Sold out}, verdict: sold-out, message: Gone}"));
    assertEquals(
        new Step.Expect(
            new Condition.Visible(new Locator.ByText("Basket", false)),
            Verdict.FAILED,
            Optional.empty(),
            PLAIN),
        step("expect: {text: Basket}"));
    assertEquals(
        List.of("t.yaml:8:37: unknown verdict 'soldout' — did you mean 'sold-out'?"),
        stepProblems("expect: {text: Basket, verdict: soldout}"));
  }

  @Test
  void screenshotShorthandAndMap() {
    assertEquals(new Step.Screenshot("basket", false, PLAIN), step("screenshot: basket"));
    assertEquals(
        new Step.Screenshot("basket", true, PLAIN),
        step("screenshot: {name: basket, full-page: true}"));
    assertEquals(
        List.of(
            "t.yaml:8:17: screenshot name '../x' must be a simple file name (letters, digits,"
                + " '.', '-' and '_')"),
        stepProblems("screenshot: ../x"));
  }

  @Test
  void handoffShorthandAndMap() {
    assertEquals(
        new Step.Handoff(
            HandoffReason.OTHER, "Over to you", Optional.empty(), Optional.empty(), PLAIN),
        step("handoff: Over to you"));
    assertEquals(
        new Step.Handoff(
            HandoffReason.CHALLENGE,
            "Solve it",
            Optional.of(new Condition.UrlMatches("**/checkout")),
            Optional.of(Duration.ofMinutes(10)),
            PLAIN),
        step(
            "handoff: {reason: challenge, message: Solve it, until: {url: \"**/checkout\"},"
                + " timeout: 10m}"));
    assertEquals(
        List.of("t.yaml:8:14: 'handoff' is missing 'message'"),
        stepProblems("handoff: {reason: payment}"));
  }

  @Test
  void stepOptionsBesideTheType() {
    Step s =
        step("click: \"#cookie\"\noptional: true\nwhen: {visible: {role: dialog}}\ntimeout: 2s");
    StepOptions o = s.options();
    assertTrue(o.optional());
    assertEquals(
        Optional.of(new Condition.Visible(new Locator.ByRole("dialog", null, false))), o.when());
    assertEquals(Optional.of(Duration.ofSeconds(2)), o.timeout());
    assertEquals(POS, o.pos());
    assertFalse(step("reload").options().optional());
  }

  @Test
  void optionsInsideTheStepGetAHint() {
    assertEquals(
        List.of("t.yaml:8:24: 'optional' goes beside 'click:' (on its own line), not inside it"),
        stepProblems("click: {text: Buy, optional: true}"));
  }

  @Test
  void stepKeysBesideTheTypeGetAHint() {
    assertEquals(
        List.of(
            "t.yaml:9:5: unknown key 'name' beside 'click': only optional, when and timeout go"
                + " there; the step's own keys go inside its map, as in"
                + " '- click: {role: button, name: Buy}'"),
        stepProblems("click: {role: button}\nname: Buy"));
  }

  @Test
  void typoInOptionIsSuggested() {
    assertEquals(
        List.of("t.yaml:9:5: unknown key 'optinal' beside 'click' — did you mean 'optional'?"),
        stepProblems("click: \"#x\"\noptinal: true"));
  }

  @Test
  void unknownStepWordAndTwoTypesInOneItem() {
    assertEquals(
        List.of("t.yaml:8:5: unknown step 'relaod' — did you mean 'reload'?"),
        stepProblems("relaod"));
    assertEquals(
        List.of(
            "t.yaml:9:5: one step per list item: found both 'click' and 'fill' (start the second"
                + " with its own '- ')"),
        stepProblems("click: \"#a\"\nfill: {label: A, value: b}"));
  }

  @Test
  void stepWithoutValueSaysWhatItNeeds() {
    assertEquals(
        List.of("t.yaml:8:5: 'click' needs a value, e.g. '- click: {role: button, name: Buy}'"),
        stepProblems("click"));
    assertEquals(
        List.of("t.yaml:8:5: 'goto' needs a URL, e.g. '- goto: /events/aurora-live', got nothing"),
        stepProblems("goto:"));
  }

  @Test
  void badTimeoutAndBadOptional() {
    assertEquals(
        List.of(
            "t.yaml:9:15: 'optional' must be true or false, got 'maybe'",
            "t.yaml:10:14: bad duration 'soon': use a number and a unit, like 500ms, 10s, 2m, 1h,"
                + " 1h30m or 30d (or ISO-8601 like PT10S)"),
        stepProblems("reload:\noptional: maybe\ntimeout: soon"));
  }
}
