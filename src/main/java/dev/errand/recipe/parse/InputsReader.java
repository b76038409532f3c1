package dev.errand.recipe.parse;

import dev.errand.recipe.Input;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code inputs:}: each name maps to its default (scalar shorthand), to nothing (required on
 * the command line), or to {@code {default, description}}.
 */
final class InputsReader {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");
  static final List<String> KEYS = List.of("default", "description");

  private final Problems problems;
  private final Scalars scalars;

  InputsReader(Scalars scalars) {
    this.problems = scalars.problems();
    this.scalars = scalars;
  }

  /** The valid inputs by name, in the order written (invalid ones reported and left out). */
  Map<String, Input> read(@Nullable Node node) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    if (node == null || Messages.isNull(node)) {
      return inputs;
    }
    if (!(node instanceof MappingNode mappingNode)) {
      problems.at(
          node,
          "'inputs' must be a map of input names (e.g. 'ticket-type: Standing'), got "
              + Messages.kind(node));
      return inputs;
    }
    YamlMap map = YamlMap.of(mappingNode, problems);
    for (String name : map.keys()) {
      Node value = map.takePresent(name);
      if (!NAME.matcher(name).matches()) {
        problems.at(
            map.keyNode(name),
            "input name '" + name + "' may only use letters, digits, '-' and '_'");
        continue;
      }
      Input input = input(name, value);
      if (input != null) {
        inputs.put(name, input);
      }
    }
    return inputs;
  }

  private @Nullable Input input(String name, Node value) {
    if (Messages.isNull(value)) {
      return new Input(name, Optional.empty(), Optional.empty());
    }
    if (value instanceof ScalarNode) {
      String d = defaultValue(value);
      return d == null ? null : new Input(name, Optional.of(d), Optional.empty());
    }
    if (!(value instanceof MappingNode mappingNode)) {
      problems.at(
          value,
          "input '"
              + name
              + "' takes a default value or {default, description}, got "
              + Messages.kind(value));
      return null;
    }
    YamlMap map = YamlMap.of(mappingNode, problems);
    Node defaultNode = map.take("default");
    Node descriptionNode = map.take("description");
    map.rejectRest(problems, KEYS, "input '" + name + "'");
    Optional<String> d = Optional.empty();
    if (defaultNode != null && !Messages.isNull(defaultNode)) {
      String v = defaultValue(defaultNode);
      if (v == null) {
        return null;
      }
      d = Optional.of(v);
    }
    String description =
        descriptionNode == null ? null : scalars.textOrEmpty(descriptionNode, "description");
    if (descriptionNode != null && description == null) {
      return null;
    }
    return new Input(name, d, Optional.ofNullable(description));
  }

  private @Nullable String defaultValue(Node node) {
    String d = scalars.textOrEmpty(node, "default");
    return d != null && scalars.rejectVariables((ScalarNode) node, d, "default") ? d : null;
  }
}
