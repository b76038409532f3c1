package dev.errand.recipe.parse;

import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** {@code - goto: URL} and {@code - reload}. */
final class NavigationSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("goto", Step.Goto.class);
    TYPES.put("reload", Step.Reload.class);
  }

  private final ReadContext ctx;

  NavigationSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    return type.equals("goto") ? readGoto(at, value, options) : readReload(value, options);
  }

  private @Nullable Step readGoto(Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (!(value instanceof ScalarNode) || StepFamily.absent(value)) {
      ctx.problems()
          .at(
              value == null || StepFamily.absent(value) ? at : value,
              "'goto' needs a URL, e.g. '- goto: /events/aurora-live', got "
                  + Messages.kind(value));
      return null;
    }
    String url = ctx.templates().text(value, "goto");
    if (url == null) {
      return null;
    }
    ctx.gotos().check(value, url);
    return options == null ? null : new Step.Goto(url, options);
  }

  private @Nullable Step readReload(@Nullable Node value, @Nullable StepOptions options) {
    boolean empty =
        value == null
            || StepFamily.absent(value)
            || (value instanceof MappingNode mappingNode && mappingNode.getValue().isEmpty());
    if (value != null && !empty) {
      ctx.problems()
          .at(
              value,
              "'reload' takes no value, got "
                  + Messages.kind(value)
                  + ": write "
                  + StepShapes.form("reload")
                  + ", with optional, when or timeout on the lines below it");
      return null;
    }
    return options == null ? null : new Step.Reload(options);
  }
}
