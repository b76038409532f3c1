package dev.errand.cli;

import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Input;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.parse.RecipeException;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.VariableScope;
import dev.errand.recipe.parse.Variables;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything that can be checked before a browser starts: the profile loads, the recipe parses
 * against it, inputs are given, the quantity is within the profile's cap; then variables are
 * resolved into a copy of the recipe. Problems become {@link UserError}s with exit code 2.
 */
final class Preparation {

  /** A recipe ready to run, with the profile it was resolved against. */
  record Prepared(Recipe recipe, Profile profile) {}

  private final ProfileLoader profiles;

  Preparation(ProfileLoader profiles) {
    this.profiles = profiles;
  }

  Profile profile(String name) {
    return profiles.load(name);
  }

  static VariableScope scopeOf(Profile profile) {
    return new VariableScope(profile.person().keySet(), profile.secrets().keySet());
  }

  /** Parses and checks; throws {@link RecipeException} with every problem. */
  static Recipe parse(Path file, Profile profile) {
    return RecipeParser.parse(file, scopeOf(profile));
  }

  Prepared prepare(
      Path recipeFile,
      String profileName,
      Map<String, String> givenInputs,
      Optional<URI> site,
      Optional<Instant> at,
      boolean now) {
    Profile profile = profile(profileName);
    Recipe recipe = parse(recipeFile, profile);
    if (site.isPresent()) {
      recipe = recipe.withSite(site.get()).withAllowedDomains(withHost(recipe.allowedDomains(), site.get()));
    }
    if (now) {
      recipe = recipe.withRelease(Optional.empty());
    } else if (at.isPresent()) {
      recipe = recipe.withRelease(at);
    }
    checkQuantity(recipeFile, recipe, profile);
    Map<String, String> bindings = bindings(recipeFile, recipe, profile, givenInputs);
    return new Prepared(resolve(recipe, bindings), profile);
  }

  private static List<String> withHost(List<String> domains, URI site) {
    List<String> out = new ArrayList<>(domains);
    if (site.getHost() != null && !out.contains(site.getHost())) {
      out.add(site.getHost());
    }
    return out;
  }

  private static void checkQuantity(Path file, Recipe recipe, Profile profile) {
    if (recipe.quantity() > profile.maxQuantity()) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          file
              + ": the recipe asks for "
              + recipe.quantity()
              + " but profile '"
              + profile.name()
              + "' allows at most "
              + profile.maxQuantity()
              + " (limits.max-quantity); errand never buys more than the profile's cap");
    }
  }

  static Map<String, String> bindings(
      Path file, Recipe recipe, Profile profile, Map<String, String> givenInputs) {
    Map<String, String> bindings = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String given : givenInputs.keySet()) {
      if (!recipe.inputs().containsKey(given)) {
        problems.add(
            "errand: --input "
                + given
                + ": the recipe has no such input"
                + (recipe.inputs().isEmpty() ? "" : "; its inputs: " + new TreeSet<>(recipe.inputs().keySet())));
      }
    }
    for (Input input : recipe.inputs().values()) {
      String value = givenInputs.get(input.name());
      if (value == null) {
        value = input.defaultValue().orElse(null);
      }
      if (value == null) {
        problems.add(
            "errand: input '"
                + input.name()
                + "' has no default: give it with --input "
                + input.name()
                + "=VALUE"
                + input.description().map(d -> " (" + d + ")").orElse(""));
        continue;
      }
      bindings.put(Variables.INPUTS + input.name(), value);
    }
    if (!problems.isEmpty()) {
      throw new UserError(ExitCode.BAD_INPUT, problems);
    }
    profile.person().forEach((k, v) -> bindings.put(Variables.PROFILE + k, v));
    profile.secrets().forEach((k, v) -> bindings.put(Variables.SECRETS + k, v));
    String site = recipe.site().toString();
    bindings.put(Variables.SITE, site.endsWith("/") ? site.substring(0, site.length() - 1) : site);
    bindings.put(Variables.QUANTITY, Integer.toString(recipe.quantity()));
    return bindings;
  }

  /** A copy of {@code recipe} with every variable replaced. */
  static Recipe resolve(Recipe recipe, Map<String, String> bindings) {
    Map<Phase, List<Step>> resolved = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      List<Step> steps = new ArrayList<>();
      for (Step step : recipe.steps(phase)) {
        steps.add(step.resolve(s -> Variables.resolve(s, bindings).text(), v -> Variables.resolve(v.text(), bindings)));
      }
      resolved.put(phase, steps);
    }
    return recipe.withSteps(resolved);
  }
}
