package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.Value;
import dev.errand.recipe.Verdict;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The complete example recipe parses into exactly what it says. */
class GoodRecipeTest {

  private static Path file;
  private static Recipe recipe;

  @BeforeAll
  static void parse() throws Exception {
    file = Path.of(GoodRecipeTest.class.getResource("/recipes/good/aurora-live.yaml").toURI());
    recipe = RecipeParser.parse(file, new VariableScope(Set.of("email"), Set.of("shop-password")));
  }

  @Test
  void header() {
    assertEquals("Aurora Live — two standing tickets", recipe.name());
    assertEquals(URI.create("https://tickets.example.com/"), recipe.site());
    assertEquals(List.of("tickets.example.com", "pay.example.com"), recipe.allowedDomains());
    assertEquals(Optional.of(Instant.parse("2026-12-01T09:00:00Z")), recipe.release());
    assertEquals(2, recipe.quantity());
    assertEquals(file, recipe.source());
    assertTrue(recipe.sha256().matches("[0-9a-f]{64}"));
  }

  @Test
  void inputs() {
    assertEquals(Set.of("ticket-type", "promo", "seat-area"), recipe.inputs().keySet());
    assertEquals(Optional.of("Standing"), recipe.inputs().get("ticket-type").defaultValue());
    assertEquals(Optional.of(""), recipe.inputs().get("promo").defaultValue());
    assertEquals(Optional.empty(), recipe.inputs().get("seat-area").defaultValue());
  }

  @Test
  void armSteps() {
    List<Step> arm = recipe.steps(Phase.ARM);
    assertEquals(2, arm.size());
    assertEquals("goto /events/aurora-live", arm.get(0).describe());
    Step.Click accept = (Step.Click) arm.get(1);
    assertEquals(new Locator.ByRole("button", "Accept all", false), accept.target());
    assertTrue(accept.options().optional());
    assertEquals(
        Optional.of(new Condition.Visible(new Locator.ByRole("dialog", null, false))),
        accept.options().when());
    assertEquals(new SourcePos(file, 13, 5), accept.options().pos());
  }

  @Test
  void atReleaseSteps() {
    List<Step> at = recipe.steps(Phase.AT_RELEASE);
    assertEquals(List.of("reload", "wait-for"), at.stream().map(Step::type).toList());
    assertEquals(Optional.of(Duration.ofSeconds(10)), at.get(1).options().timeout());
  }

  @Test
  void afterSteps() {
    List<Step> after = recipe.steps(Phase.AFTER);
    assertEquals(
        List.of(
            "select",
            "select",
            "click",
            "expect",
            "fill",
            "fill",
            "check",
            "check",
            "press",
            "screenshot",
            "handoff",
            "handoff"),
        after.stream().map(Step::type).toList());
    assertEquals(Value.of("${inputs.ticket-type}"), ((Step.Select) after.get(0)).option());
    assertEquals(
        new Locator.AnyOf(
            List.of(
                new Locator.ByRole("button", "Add to basket", false),
                new Locator.Selector("#add-to-basket"))),
        ((Step.Click) after.get(2)).target());
    Step.Expect soldOut = (Step.Expect) after.get(3);
    assertEquals(Verdict.SOLD_OUT, soldOut.verdict());
    assertEquals(Optional.of("Sold out before we got there"), soldOut.message());
    assertEquals(false, ((Step.Check) after.get(7)).checked());
    Step.Handoff challenge = (Step.Handoff) after.get(10);
    assertEquals(HandoffReason.CHALLENGE, challenge.reason());
    assertEquals(Optional.of(new Condition.UrlMatches("**/checkout")), challenge.until());
    assertEquals(Optional.of(Duration.ofMinutes(10)), challenge.timeout());
    assertEquals(HandoffReason.PAYMENT, ((Step.Handoff) after.get(11)).reason());
  }

  @Test
  void resolvesWithProfileAndInputs() {
    Map<String, String> bindings =
        Bindings.of(
            recipe,
            Map.of("seat-area", "Front"),
            Map.of("email", "ann@example.com"),
            Map.of("shop-password", "hunter2"));
    Recipe resolved = RecipeResolver.resolve(recipe, bindings);
    List<Step> after = resolved.steps(Phase.AFTER);
    assertEquals(Value.of("Standing"), ((Step.Select) after.get(0)).option());
    assertEquals(Value.of("2"), ((Step.Select) after.get(1)).option());
    assertEquals(Value.of("ann@example.com"), ((Step.Fill) after.get(4)).value());
    assertEquals(new Value("hunter2", true), ((Step.Fill) after.get(5)).value());
    assertEquals("fill {label: 'Password'} with '••••••'", after.get(5).describe());
  }
}
