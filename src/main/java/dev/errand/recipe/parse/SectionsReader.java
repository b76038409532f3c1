package dev.errand.recipe.parse;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the step lists: {@code arm}, {@code at-release} and {@code after}, or a plain {@code steps}
 * list (which runs as {@link Phase#AFTER}); the two styles don't mix, and a recipe needs at least
 * one step.
 */
final class SectionsReader {

  static final String STEPS = "steps";

  private final Problems problems;
  private final StepReader steps;
  private int items;
  private boolean malformed;

  SectionsReader(ReadContext ctx) {
    this.problems = ctx.problems();
    this.steps = new StepReader(ctx);
  }

  /** Every phase's steps (an empty list for a phase not written); invalid steps left out. */
  Map<Phase, List<Step>> read(YamlMap root) {
    Map<Phase, List<Step>> result = new EnumMap<>(Phase.class);
    List<String> staged = new ArrayList<>();
    items = 0;
    malformed = false;
    for (Phase phase : Phase.values()) {
      if (root.has(phase.yamlName())) {
        staged.add(phase.yamlName());
      }
      result.put(phase, section(root.take(phase.yamlName()), phase.yamlName()));
      OnceRule.checkpointsOutsideTheInstant(phase, result.get(phase), problems);
    }
    if (root.has(STEPS)) {
      if (!staged.isEmpty()) {
        problems.at(
            root.keyNode(STEPS),
            "'steps' can't be combined with "
                + Messages.andList(staged.stream().map(s -> "'" + s + "'").toList())
                + ": put every step under arm, at-release and after, or use 'steps' alone");
      }
      List<Step> plain = section(root.take(STEPS), STEPS);
      result.merge(Phase.AFTER, plain, (a, b) -> concat(a, b));
    }
    if (items == 0 && !malformed) {
      problems.at(
          root.node(),
          "the recipe has no steps: add 'steps:' (or 'arm:', 'at-release:' and 'after:') with at"
              + " least one step");
    }
    return result;
  }

  private List<Step> section(@Nullable Node node, String name) {
    List<Step> list = new ArrayList<>();
    if (node == null || Messages.isNull(node)) {
      return list;
    }
    if (!(node instanceof SequenceNode sequenceNode)) {
      problems.at(
          node,
          "'"
              + name
              + "' must be a list of steps, each starting with '- ', got "
              + Messages.kind(node));
      malformed = true;
      return list;
    }
    items += sequenceNode.getValue().size();
    for (Node item : sequenceNode.getValue()) {
      Step step = steps.read(item);
      if (step != null) {
        list.add(step);
      }
    }
    return list;
  }

  private static List<Step> concat(List<Step> a, List<Step> b) {
    List<Step> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
