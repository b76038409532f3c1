package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatorFormsTest {

  private static Locator clickTarget(String locatorYaml) {
    return ((Step.Click) step("click: " + locatorYaml)).target();
  }

  @Test
  void selectorStringAndSelectorKey() {
    assertEquals(new Locator.Selector("text=Buy"), clickTarget("text=Buy"));
    assertEquals(new Locator.Selector("css=.buy"), clickTarget("{selector: css=.buy}"));
  }

  @Test
  void roleWithAndWithoutNameAndExact() {
    assertEquals(new Locator.ByRole("link", null, false), clickTarget("{role: link}"));
    assertEquals(
        new Locator.ByRole("button", "Buy", true),
        clickTarget("{role: button, name: Buy, exact: true}"));
    assertEquals(new Locator.ByRole("button", null, false), clickTarget("{role: Button}"));
  }

  @Test
  void labelTextTestIdPlaceholder() {
    assertEquals(new Locator.ByLabel("Email", true), clickTarget("{label: Email, exact: true}"));
    assertEquals(new Locator.ByText("Buy now", false), clickTarget("{text: Buy now}"));
    assertEquals(new Locator.ByTestId("buy-button"), clickTarget("{testid: buy-button}"));
    assertEquals(new Locator.ByPlaceholder("Search", false), clickTarget("{placeholder: Search}"));
  }

  @Test
  void anyKeepsOrderAndNests() {
    assertEquals(
        new Locator.AnyOf(
            List.of(
                new Locator.ByRole("button", "Add", false),
                new Locator.Selector("#add"),
                new Locator.AnyOf(List.of(new Locator.ByText("Add", false))))),
        clickTarget("{any: [{role: button, name: Add}, \"#add\", {any: [{text: Add}]}]}"));
  }

  @Test
  void frameWrapsAnyForm() {
    assertEquals(
        new Locator.InFrame("#pay", new Locator.ByLabel("Card", false)),
        clickTarget("{label: Card, frame: \"#pay\"}"));
    assertEquals(
        new Locator.InFrame("iframe", new Locator.AnyOf(List.of(new Locator.Selector("#a")))),
        clickTarget("{any: [\"#a\"], frame: iframe}"));
  }

  @Test
  void unknownRoleIsSuggested() {
    assertEquals(
        List.of("t.yaml:8:19: unknown role 'buton' — did you mean 'button'?"),
        stepProblems("click: {role: buton}"));
  }

  @Test
  void everyPlaywrightRoleIsAccepted() {
    for (String role : List.of("combobox", "option", "listbox", "menuitem", "tab", "heading")) {
      assertEquals(new Locator.ByRole(role, null, false), clickTarget("{role: " + role + "}"));
    }
    assertTrue(AriaRoles.NAMES.size() > 70);
  }

  @Test
  void twoLocatorKindsAreRefused() {
    assertEquals(
        List.of(
            "t.yaml:8:27: a locator has one of selector, role, label, text, testid, placeholder"
                + " or any, found both 'role' and 'label'"),
        stepProblems("click: {role: button, label: Buy}"));
  }

  @Test
  void missingLocator() {
    assertEquals(
        List.of(
            "t.yaml:8:11: 'fill' needs a locator: one of selector, role, label, text, testid,"
                + " placeholder or any"),
        stepProblems("fill: {value: x}"));
  }

  @Test
  void nameWithoutRoleAndExactOnTestId() {
    assertEquals(
        List.of(
            "t.yaml:8:27: 'name' goes with 'role' (the accessible name), not with 'label'",
            "t.yaml:9:26: 'exact' does not apply to 'testid'"),
        RecipeText.problems(
            RecipeText.withStep("click: {label: Email, name: x}")
                + "  - click: {testid: buy, exact: true}\n"));
  }

  @Test
  void emptyAnyAndUnknownLocatorKey() {
    assertEquals(
        List.of("t.yaml:8:18: 'any' needs a list of locators to try in order, got an empty list"),
        stepProblems("click: {any: []}"));
    assertEquals(
        List.of("t.yaml:8:26: unknown key 'lable' in a locator — did you mean 'label'?"),
        stepProblems("wait-for: {visible: {lable: Email}}"));
  }

  @Test
  void emptyTextIsRefused() {
    assertEquals(
        List.of("t.yaml:8:20: 'label' must not be empty"), stepProblems("click: {label: \"\"}"));
  }
}
