package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Recipe;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.RecipeResolver;
import dev.errand.recipe.parse.VariableScope;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run that types a secret is never traced: Playwright traces keep what was typed. */
class TypesSecretsTest {

  static Recipe resolved(String value) {
    Recipe r =
        RecipeParser.parse(
            "apiVersion: errand/v1\nname: t\nsite: https://shop.example/\nsteps:\n"
                + "  - fill: {label: Password, value: '"
                + value
                + "'}\n",
            Path.of("t.yaml"),
            VariableScope.permissive());
    return RecipeResolver.resolve(
        r,
        Map.of(
            "secrets.pw",
            "hunter2",
            "profile.email",
            "a@b.c",
            "site",
            "https://shop.example",
            "quantity",
            "1"));
  }

  @Test
  void aSecretValueMeansNoTrace() {
    assertTrue(AttemptListeners.typesSecrets(resolved("${secrets.pw}")));
    assertFalse(AttemptListeners.typesSecrets(resolved("${profile.email}")));
  }
}
