package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recipe-level {@code logged-in:} condition: read like a wait-for's, resolved, optional. */
class LoggedInTest {

  @Test
  void aLoggedInConditionIsReadLikeAWaitFors() {
    Recipe r =
        RecipeText.parse(
            RecipeText.withStep("reload") + "logged-in: {visible: {role: link, name: Sign out}}\n");
    assertEquals(
        Optional.of(new Condition.Visible(new Locator.ByRole("link", "Sign out", false))),
        r.loggedIn());
  }

  @Test
  void aRecipeWithoutOneHasNone() {
    assertEquals(Optional.empty(), RecipeText.parse(RecipeText.withStep("reload")).loggedIn());
  }

  @Test
  void itsVariablesAreResolvedAndItSurvivesTheCopies() {
    Recipe r =
        RecipeText.parse(
            RecipeText.withStep("reload") + "logged-in: {text: \"Hello ${inputs.ticket}\"}\n");
    Recipe resolved =
        RecipeResolver.resolve(r, Map.of("inputs.ticket", "Ada")).withDismiss(List.of());
    assertEquals(
        Optional.of(new Condition.Visible(new Locator.ByText("Hello Ada", false))),
        resolved.loggedIn());
  }

  @Test
  void aBadOneIsReportedWhereItIs() {
    assertEquals(
        List.of(
            "t.yaml:9:12: 'logged-in' needs a condition: one of visible, hidden, text or url (for"
                + " an element, put its locator under 'visible:' or 'hidden:')"),
        RecipeText.problems(RecipeText.withStep("reload") + "logged-in: {role: link}\n"));
  }
}
