package dev.errand.recipe.parse;

import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** {@code - checkpoint} or {@code - checkpoint: logged in}. */
final class CheckpointSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES =
      Map.of("checkpoint", Step.Checkpoint.class);

  private final ReadContext ctx;

  CheckpointSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    String name = "";
    if (value != null && !StepFamily.absent(value)) {
      if (!(value instanceof ScalarNode)) {
        ctx.problems()
            .at(value, "'checkpoint' takes a name at most, e.g. '- checkpoint: logged in'");
        return null;
      }
      name = ctx.templates().text(value, "checkpoint");
      if (name == null) {
        return null;
      }
    }
    return options == null ? null : new Step.Checkpoint(name, options);
  }
}
