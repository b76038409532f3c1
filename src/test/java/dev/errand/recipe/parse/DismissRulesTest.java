package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recipe's {@code dismiss:} list: locators, never a pay button. */
class DismissRulesTest {

  private static final String HEAD =
      "apiVersion: errand/v1\nname: D\nsite: https://shop.example.com/\nsteps:\n  - reload\n";

  @Test
  void noRulesByDefault() {
    assertEquals(List.of(), RecipeText.parse(HEAD).dismiss());
  }

  @Test
  void rulesAreLocatorsInOrder() {
    Recipe r =
        RecipeText.parse(
            HEAD
                + "dismiss:\n"
                + "  - {role: button, name: No thanks}\n"
                + "  - \"#promo-close\"\n"
                + "  - {text: Continue without accepting, exact: true}\n");
    assertEquals(
        List.of(
            new Locator.ByRole("button", "No thanks", false),
            new Locator.Selector("#promo-close"),
            new Locator.ByText("Continue without accepting", true)),
        r.dismiss());
  }

  @Test
  void rulesTakeVariablesAsStepsDo() {
    Recipe r =
        RecipeText.parse(
            HEAD.replace("steps:", "inputs:\n  close: Not now\nsteps:")
                + "dismiss:\n  - {role: button, name: \"${inputs.close}\"}\n");
    Recipe resolved = RecipeResolver.resolve(r, Map.of("inputs.close", "Not now"));
    assertEquals(List.of(new Locator.ByRole("button", "Not now", false)), resolved.dismiss());
  }

  @Test
  void aRuleThatMatchesAPayButtonIsRefusedWithItsPlace() {
    assertEquals(
        List.of(
            "t.yaml:8:5: a 'dismiss' rule must not match a pay button: 'Pay now' reads as paying,"
                + " and errand never presses pay",
            "t.yaml:9:5: a 'dismiss' rule must not match a pay button: 'Place order' reads as"
                + " paying, and errand never presses pay",
            "t.yaml:10:5: a 'dismiss' rule must not match a pay button: 'Bezahlen' reads as paying,"
                + " and errand never presses pay"),
        problems(
            HEAD
                + "dismiss:\n"
                + "  - {role: button, name: No thanks}\n"
                + "  - {role: button, name: Pay now}\n"
                + "  - {any: [{text: Close}, {text: Place order}]}\n"
                + "  - \"button:has-text('Bezahlen')\"\n"));
  }

  @Test
  void dismissIsAListOfLocators() {
    assertEquals(
        List.of(
            "t.yaml:6:10: 'dismiss' must be a list of locators, such as [{role: button, name: No"
                + " thanks}], got 'No thanks'"),
        problems(HEAD + "dismiss: No thanks\n"));
    assertEquals(
        List.of(
            "t.yaml:7:5: 'dismiss' needs a locator: one of selector, role, label, text,"
                + " testid, placeholder or any"),
        problems(HEAD + "dismiss:\n  - {name: Close}\n"));
  }
}
