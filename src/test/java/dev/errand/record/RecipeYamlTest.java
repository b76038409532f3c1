package dev.errand.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RecipeYamlTest {

  @Test
  void scalarsArePlainWhereYamlReadsThemBackAlike() {
    assertEquals("Add to basket", RecipeYaml.scalar("Add to basket"));
    assertEquals("/events/aurora-live", RecipeYaml.scalar("/events/aurora-live"));
    assertEquals("\"I'm not a robot\"", RecipeYaml.scalar("I'm not a robot"));
    assertEquals("\"yes\"", RecipeYaml.scalar("yes"));
    assertEquals("\"2\"", RecipeYaml.scalar("2"));
    assertEquals("\"a: b\"", RecipeYaml.scalar("a: b"));
    assertEquals("\"say \\\"hi\\\"\\n\"", RecipeYaml.scalar("say \"hi\"\n"));
  }

  @Test
  void locatorsAreFlowMaps() {
    assertEquals(
        "any: [{role: button, name: Buy}, \"css=#buy\"], frame: \"iframe[name=shop]\"",
        RecipeYaml.fields(
            new Locator.InFrame(
                "iframe[name=shop]",
                new Locator.AnyOf(
                    List.of(
                        new Locator.ByRole("button", "Buy", false),
                        new Locator.Selector("css=#buy"))))));
    assertEquals(
        "{label: Email, exact: true}", RecipeYaml.alone(new Locator.ByLabel("Email", true)));
    assertEquals("{testid: buy}", RecipeYaml.alone(new Locator.ByTestId("buy")));
  }
}
