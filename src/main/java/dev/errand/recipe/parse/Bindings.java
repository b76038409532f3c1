package dev.errand.recipe.parse;

import dev.errand.recipe.Input;
import dev.errand.recipe.Recipe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the variable bindings for a run ({@code inputs.x}, {@code profile.k}, {@code secrets.k},
 * {@code site}, {@code quantity}) from a recipe, the command line's inputs and the profile.
 */
public final class Bindings {

  private Bindings() {}

  /**
   * The bindings for {@link Variables#resolve} and {@link RecipeResolver#resolve}. {@code site} is
   * the recipe's site without a trailing slash, so {@code ${site}/path} reads naturally.
   *
   * @param inputValues {@code --input name=value} pairs; inputs not given take their default
   * @param profile profile values by key ({@code email}, {@code address.city})
   * @param secrets secret values by name
   * @throws IllegalArgumentException naming every input that has no value, or an input the recipe
   *     does not declare
   */
  public static Map<String, String> of(
      Recipe recipe,
      Map<String, String> inputValues,
      Map<String, String> profile,
      Map<String, String> secrets) {
    for (String given : inputValues.keySet()) {
      if (!recipe.inputs().containsKey(given)) {
        throw new IllegalArgumentException(
            Messages.unknown("input", given, new TreeMap<>(recipe.inputs()).keySet()));
      }
    }
    Map<String, String> bindings = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (Input input : new TreeMap<>(recipe.inputs()).values()) {
      String value = inputValues.get(input.name());
      if (value == null) {
        value = input.defaultValue().orElse(null);
      }
      if (value == null) {
        missing.add(input.name());
      } else {
        bindings.put(Variables.INPUTS + input.name(), value);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the recipe needs "
              + (missing.size() == 1 ? "input " : "inputs ")
              + Messages.andList(missing.stream().map(m -> "'" + m + "'").toList())
              + ": give "
              + (missing.size() == 1 ? "it" : "them")
              + " with --input "
              + missing.get(0)
              + "=…");
    }
    profile.forEach((k, v) -> bindings.put(Variables.PROFILE + k, v));
    secrets.forEach((k, v) -> bindings.put(Variables.SECRETS + k, v));
    String site = recipe.site().toString();
    bindings.put(Variables.SITE, site.endsWith("/") ? site.substring(0, site.length() - 1) : site);
    bindings.put(Variables.QUANTITY, Integer.toString(recipe.quantity()));
    return bindings;
  }
}
