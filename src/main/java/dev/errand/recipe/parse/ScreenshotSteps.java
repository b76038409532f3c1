package dev.errand.recipe.parse;

import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** {@code - screenshot: name} or {@code - screenshot: {name: basket, full-page: true}}. */
final class ScreenshotSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES =
      Map.of("screenshot", Step.Screenshot.class);

  static final List<String> KEYS = List.of("name", "full-page");

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");

  private final ReadContext ctx;

  ScreenshotSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (value == null || StepFamily.absent(value)) {
      ctx.problems().at(at, "'screenshot' needs a name, e.g. '- screenshot: basket'");
      return null;
    }
    Node nameNode = value;
    boolean fullPage = false;
    if (value instanceof MappingNode mappingNode) {
      YamlMap map = YamlMap.of(mappingNode, ctx.problems());
      nameNode = ctx.require(map, "name", "screenshot");
      Node fullPageNode = map.take("full-page");
      Boolean fp =
          fullPageNode == null ? Boolean.FALSE : ctx.scalars().bool(fullPageNode, "full-page");
      ctx.rejectRest(map, "screenshot", KEYS);
      if (nameNode == null || fp == null) {
        return null;
      }
      fullPage = fp;
    }
    String name = ctx.templates().text(nameNode, "name");
    if (name == null) {
      return null;
    }
    String literalPart = VARIABLE.matcher(name).replaceAll("x");
    if (!FILE_NAME.matcher(literalPart).matches()) {
      ctx.problems()
          .at(
              nameNode,
              "screenshot name '"
                  + name
                  + "' must be a simple file name (letters, digits, '.', '-' and '_')");
      return null;
    }
    return options == null || !(nameNode instanceof ScalarNode)
        ? null
        : new Step.Screenshot(name, fullPage, options);
  }
}
