package dev.errand.recipe;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed recipe ({@code apiVersion: errand/v1}): what to buy where, and the steps, in three
 * sections. Immutable; {@link dev.errand.recipe.parse.RecipeParser} builds it after validating.
 */
public record Recipe(
    Path source,
    String sha256,
    String name,
    URI site,
    List<String> allowedDomains,
    Optional<Instant> release,
    Map<String, Input> inputs,
    int quantity,
    Map<Phase, List<Step>> steps) {

  public Recipe {
    allowedDomains = List.copyOf(allowedDomains);
    inputs = Map.copyOf(inputs);
    steps = Map.copyOf(steps);
  }

  public List<Step> steps(Phase phase) {
    return steps.getOrDefault(phase, List.of());
  }

  /** Every step, in the order the sections run. */
  public List<Step> allSteps() {
    List<Step> all = new java.util.ArrayList<>();
    for (Phase phase : Phase.values()) {
      all.addAll(steps(phase));
    }
    return all;
  }

  public Recipe withSite(URI newSite) {
    return new Recipe(
        source, sha256, name, newSite, allowedDomains, release, inputs, quantity, steps);
  }

  public Recipe withAllowedDomains(List<String> domains) {
    return new Recipe(source, sha256, name, site, domains, release, inputs, quantity, steps);
  }

  public Recipe withRelease(Optional<Instant> newRelease) {
    return new Recipe(
        source, sha256, name, site, allowedDomains, newRelease, inputs, quantity, steps);
  }

  public Recipe withSteps(Map<Phase, List<Step>> newSteps) {
    return new Recipe(
        source, sha256, name, site, allowedDomains, release, inputs, quantity, newSteps);
  }
}
