package dev.errand.recipe.parse;

import dev.errand.recipe.Condition;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.StepOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads what any step may carry beside its type: {@code optional}, {@code when}, {@code timeout},
 * {@code once}.
 */
final class StepOptionsReader {

  static final List<String> KEYS = List.of("optional", "when", "timeout", "once");

  private final ReadContext ctx;

  StepOptionsReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** The options taken from the step's map; null (reported) when one is invalid. */
  @Nullable StepOptions read(YamlMap step, SourcePos pos) {
    Node optionalNode = step.take("optional");
    Node whenNode = step.take("when");
    Node timeoutNode = step.take("timeout");
    Node onceNode = step.take("once");
    Boolean optional =
        optionalNode == null ? Boolean.FALSE : ctx.scalars().bool(optionalNode, "optional");
    Condition when = whenNode == null ? null : ctx.conditions().read(whenNode, "when");
    Duration timeout = timeoutNode == null ? null : ctx.scalars().duration(timeoutNode, "timeout");
    Boolean once = onceNode == null ? Boolean.FALSE : ctx.scalars().bool(onceNode, "once");
    if (optional == null
        || once == null
        || (whenNode != null && when == null)
        || (timeoutNode != null && timeout == null)) {
      return null;
    }
    return new StepOptions(
        optional, Optional.ofNullable(when), Optional.ofNullable(timeout), pos, once);
  }

  /** The options of a step written as a bare word ({@code - reload}). */
  static StepOptions plain(SourcePos pos) {
    return new StepOptions(false, Optional.empty(), Optional.empty(), pos);
  }
}
