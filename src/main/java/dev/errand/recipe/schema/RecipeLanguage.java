package dev.errand.recipe.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The prose of the recipe language: for every key the parser knows ({@link
 * dev.errand.recipe.parse.RecipeVocabulary}), what it means, an example and the kind of value it
 * takes, read from {@code recipe-language.yaml} beside this class. The schema and the reference are
 * generated from the two together.
 */
public record RecipeLanguage(
    Map<String, Key> top,
    Map<String, Key> options,
    Map<String, StepForm> steps,
    Map<String, Key> locator,
    Map<String, Key> condition,
    Map<String, Key> input) {

  /** One key: the kind of its value, what it means, an example, and whether it is required. */
  public record Key(String kind, String about, String example, boolean required) {}

  /**
   * One step type: what it does, an example, whether it may be a bare word ({@code - reload}), what
   * a scalar value means (none when it takes no scalar), what its map holds besides its own keys
   * ({@code locator}, {@code optional-locator}, {@code condition}, {@code own}; none when it takes
   * no map) and its own keys.
   */
  public record StepForm(
      String about,
      String example,
      boolean bare,
      Optional<Key> scalar,
      Optional<String> map,
      Map<String, Key> keys) {}

  private static final String RESOURCE = "recipe-language.yaml";

  /** The language as shipped. */
  public static RecipeLanguage load() {
    try (InputStream in = RecipeLanguage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Map<String, Object> root = map(new Yaml(new LoaderOptions()).load(in), "the file");
      Map<String, StepForm> steps = new LinkedHashMap<>();
      map(root.get("steps"), "steps").forEach((k, v) -> steps.put(k, stepForm(k, map(v, k))));
      return new RecipeLanguage(
          keys(root.get("top"), "top"),
          keys(root.get("options"), "options"),
          steps,
          keys(root.get("locator"), "locator"),
          keys(root.get("condition"), "condition"),
          keys(root.get("input"), "input"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entry for {@code key} in {@code section}; fails when the file does not describe a key the
   * parser knows.
   */
  public static <T> T of(Map<String, T> section, String key, String where) {
    T entry = section.get(key);
    if (entry == null) {
      throw new IllegalStateException(RESOURCE + " does not describe '" + key + "' in " + where);
    }
    return entry;
  }

  private static StepForm stepForm(String name, Map<String, Object> m) {
    onlyFields(m, name, Set.of("about", "example", "bare", "scalar", "map", "keys"));
    Object scalar = m.get("scalar");
    return new StepForm(
        text(m, "about", name),
        text(m, "example", name),
        Boolean.TRUE.equals(m.get("bare")),
        scalar == null ? Optional.empty() : Optional.of(key(name, map(scalar, name))),
        Optional.ofNullable(m.get("map")).map(String::valueOf),
        m.containsKey("keys") ? keys(m.get("keys"), name) : Map.of());
  }

  private static Map<String, Key> keys(@Nullable Object node, String where) {
    Map<String, Key> out = new LinkedHashMap<>();
    map(node, where).forEach((k, v) -> out.put(k, key(k, map(v, k))));
    return out;
  }

  private static Key key(String name, Map<String, Object> m) {
    onlyFields(m, name, Set.of("kind", "about", "example", "required"));
    Object example = m.get("example");
    return new Key(
        text(m, "kind", name),
        text(m, "about", name),
        example == null ? "" : String.valueOf(example),
        Boolean.TRUE.equals(m.get("required")));
  }

  /** A field the file may not have is a mistake (a comma in an unquoted text splits it). */
  private static void onlyFields(Map<String, Object> m, String where, Set<String> fields) {
    for (String f : m.keySet()) {
      if (!fields.contains(f)) {
        throw new IllegalStateException(
            RESOURCE + ": '" + where + "' has an unknown field '" + f + "'");
      }
    }
  }

  private static String text(Map<String, Object> m, String field, String where) {
    Object v = m.get(field);
    if (v == null) {
      throw new IllegalStateException(RESOURCE + ": '" + where + "' has no " + field);
    }
    return String.valueOf(v);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object node, String where) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalStateException(RESOURCE + ": '" + where + "' is not a map");
    }
    return (Map<String, Object>) node;
  }
}
