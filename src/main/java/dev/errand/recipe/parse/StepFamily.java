package dev.errand.recipe.parse;

import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the steps of one family (navigation, actions, waits, …) from their YAML value. */
interface StepFamily {

  /**
   * The step, or null when invalid (every problem reported).
   *
   * @param type the step's YAML name
   * @param at the type's key node (or the bare word), for positions
   * @param value the node after {@code type:}; null for a bare word step ({@code - reload})
   * @param options the step's options (already read)
   */
  @Nullable Step read(String type, Node at, @Nullable Node value, @Nullable StepOptions options);

  /** Whether a step's value is absent ({@code - reload}, {@code - reload:}). */
  static boolean absent(@Nullable Node value) {
    return value == null || Messages.isNull(value);
  }

  /** Whether a step's value is a map. */
  static boolean isMap(@Nullable Node value) {
    return value instanceof MappingNode;
  }
}
