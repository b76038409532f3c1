package dev.errand.recipe;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed recipe ({@code apiVersion: errand/v1}): what to buy where, and the steps, in three
 * sections. {@code releaseWindow}: how long after the release instant "sold out" or "not on sale
 * yet" still means try again (zero: no window). {@code dismiss}: overlays (banners, pop-ups) errand
 * closes whenever they show. {@code available}: what tells {@code errand watch} that what the
 * recipe buys is there (empty: the at-release steps' first wait tells). {@code loggedIn}: what
 * shows on the site's pages while the person is logged in ({@code errand check} looks). Immutable;
 * {@link dev.errand.recipe.parse.RecipeParser} builds it after validating.
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
    Map<Phase, List<Step>> steps,
    Duration releaseWindow,
    List<Locator> dismiss,
    Optional<Condition> available,
    Optional<Condition> loggedIn) {

  public Recipe {
    allowedDomains = List.copyOf(allowedDomains);
    inputs = Map.copyOf(inputs);
    steps = Map.copyOf(steps);
    dismiss = List.copyOf(dismiss);
  }

  /** A recipe without a {@code logged-in} condition. */
  public Recipe(
      Path source,
      String sha256,
      String name,
      URI site,
      List<String> allowedDomains,
      Optional<Instant> release,
      Map<String, Input> inputs,
      int quantity,
      Map<Phase, List<Step>> steps,
      Duration releaseWindow,
      List<Locator> dismiss,
      Optional<Condition> available) {
    this(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        available,
        Optional.empty());
  }

  /** A recipe without an {@code available} condition. */
  public Recipe(
      Path source,
      String sha256,
      String name,
      URI site,
      List<String> allowedDomains,
      Optional<Instant> release,
      Map<String, Input> inputs,
      int quantity,
      Map<Phase, List<Step>> steps,
      Duration releaseWindow,
      List<Locator> dismiss) {
    this(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        Optional.empty());
  }

  /** A recipe with no release window and no dismiss rules. */
  public Recipe(
      Path source,
      String sha256,
      String name,
      URI site,
      List<String> allowedDomains,
      Optional<Instant> release,
      Map<String, Input> inputs,
      int quantity,
      Map<Phase, List<Step>> steps) {
    this(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        Duration.ZERO,
        List.of());
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
        source,
        sha256,
        name,
        newSite,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        available,
        loggedIn);
  }

  public Recipe withAllowedDomains(List<String> domains) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        domains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        available,
        loggedIn);
  }

  public Recipe withRelease(Optional<Instant> newRelease) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        newRelease,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        available,
        loggedIn);
  }

  public Recipe withSteps(Map<Phase, List<Step>> newSteps) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        newSteps,
        releaseWindow,
        dismiss,
        available,
        loggedIn);
  }

  public Recipe withReleaseWindow(Duration window) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        window,
        dismiss,
        available,
        loggedIn);
  }

  public Recipe withDismiss(List<Locator> rules) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        rules,
        available,
        loggedIn);
  }

  /**
   * A copy whose {@code available:} condition is {@code condition}: what tells {@code errand watch}
   * that what the recipe buys is there (by default the at-release steps' first wait).
   */
  public Recipe withAvailable(Optional<Condition> condition) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        condition,
        loggedIn);
  }

  /**
   * A copy whose {@code logged-in:} condition is {@code condition}: what shows on the site's pages
   * while the person is logged in ({@code errand check} looks whether it holds).
   */
  public Recipe withLoggedIn(Optional<Condition> condition) {
    return new Recipe(
        source,
        sha256,
        name,
        site,
        allowedDomains,
        release,
        inputs,
        quantity,
        steps,
        releaseWindow,
        dismiss,
        available,
        condition);
  }
}
