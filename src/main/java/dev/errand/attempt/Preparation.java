package dev.errand.attempt;

import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.parse.Bindings;
import dev.errand.recipe.parse.RecipeException;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.RecipeResolver;
import dev.errand.recipe.parse.VariableScope;
import dev.errand.timing.TimeText;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that can be checked before a browser starts: the profile loads, the recipe parses
 * against it, inputs are given, the quantity is within the profile's cap; then variables are
 * resolved into a copy of the recipe. Problems become {@link RecipeException}s, or {@link
 * AttemptException}s of kind {@code BAD_INPUT}.
 */
public final class Preparation {

  /** How long after a release time errand still treats it as "now" rather than "in the past". */
  public static final Duration PAST_GRACE = Duration.ofSeconds(5);

  /** A recipe ready to run, with the profile it was resolved against. */
  public record Prepared(Recipe recipe, Profile profile) {}

  private final ProfileLoader profiles;

  public Preparation(ProfileLoader profiles) {
    this.profiles = profiles;
  }

  public Profile profile(String name) {
    return profiles.load(name);
  }

  public static VariableScope scopeOf(Profile profile) {
    return new VariableScope(profile.person().keySet(), profile.secrets().keySet())
        .withUnsetSecrets(profile.unsetSecrets());
  }

  /** Parses and checks; throws {@link RecipeException} with every problem. */
  public static Recipe parse(Path file, Profile profile) {
    return RecipeParser.parse(file, scopeOf(profile));
  }

  public Prepared prepare(
      Path recipeFile,
      String profileName,
      Map<String, String> givenInputs,
      Optional<URI> site,
      Optional<Instant> at,
      boolean now) {
    Profile profile = profile(profileName);
    Recipe recipe = parse(recipeFile, profile);
    if (site.isPresent()) {
      recipe =
          recipe
              .withSite(site.get())
              .withAllowedDomains(withHost(recipe.allowedDomains(), site.get()));
    }
    if (now) {
      recipe = recipe.withRelease(Optional.empty());
    } else if (at.isPresent()) {
      recipe = recipe.withRelease(at);
    }
    checkQuantity(recipeFile, recipe, profile);
    Map<String, String> bindings = bindings(recipeFile, recipe, profile, givenInputs);
    return new Prepared(RecipeResolver.resolve(recipe, bindings), profile);
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
      throw new AttemptException(
          AttemptException.Kind.BAD_INPUT,
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
    try {
      return Bindings.of(recipe, givenInputs, profile.person(), profile.secrets());
    } catch (IllegalArgumentException e) {
      throw new AttemptException(AttemptException.Kind.BAD_INPUT, file + ": " + e.getMessage());
    }
  }

  /**
   * Refuses a release instant more than {@link #PAST_GRACE} ago: errand never fires late silently.
   */
  public static void refusePast(Instant release, Clock clock) {
    Duration ago = Duration.between(release, clock.instant());
    if (ago.compareTo(PAST_GRACE) > 0) {
      throw new AttemptException(
          AttemptException.Kind.BAD_INPUT,
          "the release time "
              + release
              + " is "
              + TimeText.hms(ago.toSeconds())
              + " in the past; errand never fires late silently. Use --now to run at once, or --at for another time.");
    }
  }
}
