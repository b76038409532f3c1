package dev.errand.recipe.parse;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.Value;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Resolves a parsed recipe's variables into a copy that is ready to run. */
public final class RecipeResolver {

  private RecipeResolver() {}

  /**
   * A copy of {@code recipe} whose steps have every {@code ${…}} replaced (via {@link
   * Step#resolve}); values that used a secret are marked {@link Value#secret() secret}. Resolve
   * once: the result holds plain text, not templates.
   *
   * @param bindings see {@link Bindings#of}
   * @throws IllegalArgumentException when a variable has no binding
   */
  public static Recipe resolve(Recipe recipe, Map<String, String> bindings) {
    UnaryOperator<String> texts = t -> Variables.resolve(t, bindings).text();
    UnaryOperator<Value> values =
        v -> {
          Value r = Variables.resolve(v.text(), bindings);
          return new Value(r.text(), r.secret() || v.secret());
        };
    Map<Phase, List<Step>> resolved = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      resolved.put(phase, recipe.steps(phase).stream().map(s -> s.resolve(texts, values)).toList());
    }
    return recipe
        .withSteps(resolved)
        .withDismiss(recipe.dismiss().stream().map(rule -> rule.resolve(texts)).toList())
        .withAvailable(recipe.available().map(c -> c.resolve(texts)))
        .withLoggedIn(recipe.loggedIn().map(c -> c.resolve(texts)));
  }
}
