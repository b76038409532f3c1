package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.step;
import static dev.errand.recipe.parse.RecipeText.stepProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariablesTest {

  private static final Map<String, String> BINDINGS =
      Map.of(
          "inputs.ticket", "Standing",
          "profile.email", "ann@example.com",
          "secrets.pin", "1234",
          "site", "https://shop.example.com/",
          "quantity", "2");

  @Test
  void knownVariablesParse() {
    Step s =
        step(
            "fill: {label: \"${inputs.ticket} for ${profile.address.city}\","
                + " value: \"${profile.email} ${secrets.pin} ${site} ${quantity}\"}");
    assertEquals(
        "${profile.email} ${secrets.pin} ${site} ${quantity}", ((Step.Fill) s).value().text());
  }

  @Test
  void unknownVariableIsPlacedAndSuggested() {
    assertEquals(
        List.of(
            "t.yaml:8:16: unknown variable '${inputs.tiket}' — did you mean '${inputs.ticket}'?"),
        stepProblems("goto: /a/b/${inputs.tiket}"));
  }

  @Test
  void positionInsideQuotedScalarsCountsTheSource() {
    // double-quoted: the \" escape takes two source columns but one character of value
    assertEquals(
        List.of(
            "t.yaml:8:20: unknown variable '${profile.emial}' — did you mean '${profile.email}'?"),
        stepProblems("handoff: \"a\\\"b ${profile.emial}\""));
    // single-quoted: '' is one quote in the value
    assertEquals(
        List.of("t.yaml:8:21: unknown variable '${quantty}' — did you mean '${quantity}'?"),
        stepProblems("handoff: 'it''s ${quantty}'"));
  }

  @Test
  void blockScalarsReportTheScalarStart() {
    assertEquals(
        List.of("t.yaml:8:14: unknown variable '${sitee}' — did you mean '${site}'?"),
        stepProblems("handoff: |\n  Pay at\n  ${sitee}"));
  }

  @Test
  void unknownVariableWithoutCloseMatchSaysWhy() {
    assertEquals(
        List.of(
            "t.yaml:8:14: unknown variable '${inputs.seat-area}': declare 'seat-area' under"
                + " 'inputs:'",
            "t.yaml:8:34: unknown variable '${profile.phone}': the profile has no key 'phone'",
            "t.yaml:8:53: unknown variable '${colour}': variables are ${inputs.…}, ${profile.…},"
                + " ${secrets.…}, ${site} and ${quantity}"),
        stepProblems("handoff: ${inputs.seat-area} ${profile.phone} x ${colour}"));
  }

  @Test
  void escapedDollarIsLiteral() {
    Step s = step("handoff: \"costs $${inputs.nope}\"");
    assertEquals("costs $${inputs.nope}", ((Step.Handoff) s).message());
    assertEquals(
        Value.of("costs ${inputs.nope}"), Variables.resolve("costs $${inputs.nope}", BINDINGS));
  }

  @Test
  void unclosedAndEmptyVariables() {
    assertEquals(
        List.of(
            "t.yaml:8:16: empty variable '${}'",
            "t.yaml:8:22: unclosed '${' — end it with '}', or write '$${' for a literal '${'"),
        stepProblems("handoff: a ${} b ${site"));
  }

  @Test
  void secretsOnlyWhereTheyStayMasked() {
    assertEquals(
        List.of(
            "t.yaml:8:25: '${secrets.pin}' can't be used in 'label': secrets may only be typed"
                + " as a fill 'value' or a select 'option', where they stay masked"),
        stepProblems("click: {label: \"PIN ${secrets.pin}\"}"));
    assertEquals(
        "${secrets.pin}",
        ((Step.Select) step("select: {label: Pin, option: \"${secrets.pin}\"}")).option().text());
  }

  @Test
  void unresolvedFieldsRefuseVariables() {
    assertEquals(
        List.of("t.yaml:8:20: 'role' can't use variables; write '$${' for a literal '${'"),
        stepProblems("click: {role: \"${inputs.ticket}\"}"));
  }

  @Test
  void permissiveScopeAcceptsAnyProfileOrSecretName() {
    String yaml = RecipeText.withStep("fill: {label: A, value: \"${profile.x.y}${secrets.z}\"}");
    Recipe r = RecipeParser.parse(yaml, Path.of("p.yaml"), VariableScope.permissive());
    assertEquals(1, r.steps(Phase.AFTER).size());
    assertThrows(RecipeException.class, () -> RecipeText.parse(yaml));
  }

  @Test
  void resolveMarksSecrets() {
    assertEquals(new Value("PIN 1234!", true), Variables.resolve("PIN ${secrets.pin}!", BINDINGS));
    assertEquals(
        new Value("Standing x2", false),
        Variables.resolve("${inputs.ticket} x${quantity}", BINDINGS));
    assertEquals("'••••••'", Variables.resolve("${secrets.pin}", BINDINGS).describe());
  }

  @Test
  void resolveRefusesUnboundVariables() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Variables.resolve("${profile.emial}", BINDINGS));
    assertEquals(
        "no value for '${profile.emial}' — did you mean '${profile.email}'?", e.getMessage());
  }

  @Test
  void namesAndEscape() {
    assertEquals(List.of("site", "inputs.a"), Variables.names("${site}/$${x}/${ inputs.a }"));
    assertEquals("$${x}", Variables.escape("${x}"));
    assertTrue(Variables.hasVariables("a ${b"));
    assertFalse(Variables.hasVariables("a $${b}"));
  }

  @Test
  void recipeResolverResolvesEveryStep() {
    Recipe parsed =
        RecipeText.parse(
            RecipeText.HEADER
                + "steps:\n"
                + "  - goto: /t/${inputs.ticket}\n"
                + "  - fill: {label: \"${inputs.ticket}\", value: \"${secrets.pin}\"}\n"
                + "    when: {text: \"${profile.email}\"}\n");
    Recipe resolved = RecipeResolver.resolve(parsed, BINDINGS);
    List<Step> steps = resolved.steps(Phase.AFTER);
    assertEquals("/t/Standing", ((Step.Goto) steps.get(0)).url());
    Step.Fill fill = (Step.Fill) steps.get(1);
    assertEquals(new Locator.ByLabel("Standing", false), fill.target());
    assertEquals(new Value("1234", true), fill.value());
    assertEquals("fill {label: 'Standing'} with '••••••'", fill.describe());
    assertEquals(
        "visible {text: 'ann@example.com'}", fill.options().when().orElseThrow().describe());
    assertEquals(parsed.sha256(), resolved.sha256());
  }

  @Test
  void bindingsUseDefaultsAndNameMissingInputs() {
    Recipe r = RecipeText.parse(RecipeText.HEADER + "quantity: 3\nsteps: [reload]\n");
    Map<String, String> b =
        Bindings.of(r, Map.of("promo", "SAVE"), Map.of("email", "a@b"), Map.of("pin", "1"));
    assertEquals("Standing", b.get("inputs.ticket"));
    assertEquals("SAVE", b.get("inputs.promo"));
    assertEquals("a@b", b.get("profile.email"));
    assertEquals("1", b.get("secrets.pin"));
    assertEquals("3", b.get("quantity"));
    assertEquals("https://shop.example.com", b.get("site"));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> Bindings.of(r, Map.of(), Map.of(), Map.of()));
    assertEquals(
        "the recipe needs input 'promo': give it with --input promo=…", missing.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bindings.of(r, Map.of("promo", "x", "tiket", "y"), Map.of(), Map.of()));
    assertEquals("unknown input 'tiket' — did you mean 'ticket'?", unknown.getMessage());
  }
}
