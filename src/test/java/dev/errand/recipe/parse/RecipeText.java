package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Builds small recipes around the YAML under test, and parses them. */
final class RecipeText {

  static final Path FILE = Path.of("t.yaml");

  static final VariableScope SCOPE =
      new VariableScope(Set.of("email", "name", "address.city"), Set.of("shop-password", "pin"));

  /** Six lines; a step given to {@link #step} is on line 8, starting at column 5. */
  static final String HEADER =
      "apiVersion: errand/v1\n"
          + "name: Test\n"
          + "site: https://shop.example.com/\n"
          + "inputs:\n"
          + "  ticket: Standing\n"
          + "  promo: {description: Promo}\n";

  private RecipeText() {}

  static Recipe parse(String yaml) {
    return RecipeParser.parse(yaml, FILE, SCOPE);
  }

  /** The recipe text for one step under {@code steps:} (later lines indented under the dash). */
  static String withStep(String stepYaml) {
    return HEADER + "steps:\n  - " + stepYaml.replace("\n", "\n    ") + "\n";
  }

  /** The only step of a recipe made of {@code stepYaml}. */
  static Step step(String stepYaml) {
    List<Step> steps = parse(withStep(stepYaml)).steps(Phase.AFTER);
    assertEquals(1, steps.size());
    return steps.get(0);
  }

  /** The diagnostics (formatted) for invalid recipe text. */
  static List<String> problems(String yaml) {
    RecipeException e = assertThrows(RecipeException.class, () -> parse(yaml));
    return e.diagnostics().stream().map(Diagnostic::format).toList();
  }

  /** The diagnostics for a recipe made of one invalid step. */
  static List<String> stepProblems(String stepYaml) {
    return problems(withStep(stepYaml));
  }
}
