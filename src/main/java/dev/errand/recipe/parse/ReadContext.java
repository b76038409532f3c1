package dev.errand.recipe.parse;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** What the step readers share: where to report, and the value, locator and condition readers. */
final class ReadContext {

  private final Problems problems;
  private final Scalars scalars;
  private final TemplateChecker templates;
  private final LocatorReader locators;
  private final ConditionReader conditions;
  private final GotoRules gotos;

  ReadContext(Scalars scalars, TemplateChecker templates, GotoRules gotos) {
    this.problems = scalars.problems();
    this.scalars = scalars;
    this.templates = templates;
    this.locators = new LocatorReader(scalars, templates);
    this.conditions = new ConditionReader(scalars, templates, locators);
    this.gotos = gotos;
  }

  Problems problems() {
    return problems;
  }

  Scalars scalars() {
    return scalars;
  }

  TemplateChecker templates() {
    return templates;
  }

  LocatorReader locators() {
    return locators;
  }

  ConditionReader conditions() {
    return conditions;
  }

  GotoRules gotos() {
    return gotos;
  }

  /**
   * Reports the keys of a step's own map that nobody took; {@code optional}, {@code when} and
   * {@code timeout} get a hint that they go beside the step, not inside it.
   */
  void rejectRest(YamlMap map, String type, Collection<String> known) {
    map.rejectRest(
        problems,
        known,
        k ->
            StepOptionsReader.KEYS.contains(k)
                ? "'" + k + "' goes beside '" + type + ":' (on its own line), not inside it"
                : null,
        "'" + type + "'");
  }

  /** A required value under {@code key}: reported at the map when absent. */
  @Nullable Node require(YamlMap map, String key, String type) {
    Node n = map.take(key);
    if (n == null) {
      problems.at(map.node(), "'" + type + "' is missing '" + key + "'");
    }
    return n;
  }

  static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
