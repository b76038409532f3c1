package dev.errand.recipe.parse;

import static java.util.Objects.requireNonNull;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Input;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the root map of a recipe: checks the top-level keys, then the header, the inputs and the
 * steps, and builds the {@link Recipe} when nothing was wrong.
 */
final class RecipeReader {

  static final List<String> TOP_KEYS =
      List.of(
          "apiVersion",
          "name",
          "site",
          "allowed-domains",
          "release",
          "release-window",
          "quantity",
          "inputs",
          "arm",
          "at-release",
          "after",
          SectionsReader.STEPS,
          DismissReader.KEY,
          "available",
          "logged-in");

  /** The top-level key of the condition that tells {@code errand watch} the thing is there. */
  static final String AVAILABLE = "available";

  /** The top-level key of the condition that shows while the person is logged in. */
  static final String LOGGED_IN = "logged-in";

  private final Problems problems;
  private final VariableScope scope;

  RecipeReader(Problems problems, VariableScope scope) {
    this.problems = problems;
    this.scope = scope;
  }

  /** The recipe, or null when any problem was reported. */
  @Nullable Recipe read(Node root, Path source, String sha256) {
    if (!(root instanceof MappingNode mappingNode)) {
      problems.at(
          root,
          "a recipe is a YAML map with apiVersion, name, site and steps, got "
              + Messages.kind(root));
      return null;
    }
    YamlMap map = YamlMap.of(mappingNode, problems);
    for (String key : map.keys()) {
      if (!TOP_KEYS.contains(key)) {
        problems.at(map.keyNode(key), Messages.unknown("key", key, TOP_KEYS));
      }
    }
    Scalars scalars = new Scalars(problems);
    HeaderReader.Header header = new HeaderReader(scalars).read(map);
    Node windowNode = map.take("release-window");
    Duration window =
        windowNode == null
            ? Duration.ZERO
            : new Bounds(scalars).window(windowNode, "release-window");
    Map<String, Input> inputs = new InputsReader(scalars).read(map.take("inputs"));
    TemplateChecker templates = new TemplateChecker(scalars, inputs.keySet(), scope);
    ReadContext ctx =
        new ReadContext(scalars, templates, new GotoRules(problems, header.allowedDomains()));
    Map<Phase, List<Step>> steps = new SectionsReader(ctx).read(map);
    List<Locator> dismiss = new DismissReader(ctx).read(map.take(DismissReader.KEY));
    Node availableNode = map.take(AVAILABLE);
    Optional<Condition> available =
        availableNode == null
            ? Optional.empty()
            : Optional.ofNullable(ctx.conditions().read(availableNode, AVAILABLE));
    Node loggedInNode = map.take(LOGGED_IN);
    Optional<Condition> loggedIn =
        loggedInNode == null
            ? Optional.empty()
            : Optional.ofNullable(ctx.conditions().read(loggedInNode, LOGGED_IN));
    if (!problems.isEmpty()) {
      return null;
    }
    // No problem was reported, so every header field was read.
    return new Recipe(
            source,
            sha256,
            requireNonNull(header.name()),
            requireNonNull(header.site()),
            header.allowedDomains(),
            header.release(),
            inputs,
            requireNonNull(header.quantity()),
            steps)
        .withReleaseWindow(requireNonNull(window))
        .withDismiss(dismiss)
        .withAvailable(available)
        .withLoggedIn(loggedIn);
  }
}
