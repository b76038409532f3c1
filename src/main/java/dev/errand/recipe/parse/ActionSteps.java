package dev.errand.recipe.parse;

import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The steps that act on an element: {@code click}, {@code fill} ({@code value}), {@code select}
 * ({@code option}), {@code check} ({@code checked}) and {@code press} ({@code key}, locator
 * optional). Their maps hold the locator keys beside the step's own keys.
 */
final class ActionSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("click", Step.Click.class);
    TYPES.put("fill", Step.Fill.class);
    TYPES.put("select", Step.Select.class);
    TYPES.put("check", Step.Check.class);
    TYPES.put("press", Step.Press.class);
  }

  private static final Map<String, String> EXAMPLES =
      Map.of(
          "click", "'- click: {role: button, name: Buy}'",
          "fill", "'- fill: {label: Email, value: \"${profile.email}\"}'",
          "select", "'- select: {label: Quantity, option: \"2\"}'",
          "check", "'- check: {label: I accept the terms}'",
          "press", "'- press: {key: Enter}'");

  private final ReadContext ctx;

  ActionSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (value == null || StepFamily.absent(value)) {
      ctx.problems().at(at, "'" + type + "' needs a value, e.g. " + EXAMPLES.get(type));
      return null;
    }
    if (value instanceof ScalarNode) {
      return shorthand(type, value, options);
    }
    if (!(value instanceof MappingNode mappingNode)) {
      ctx.problems()
          .at(
              value,
              "'"
                  + type
                  + "' takes "
                  + (type.equals("click") || type.equals("check") ? "a selector or a map" : "a map")
                  + ", e.g. "
                  + EXAMPLES.get(type)
                  + ", got a list");
      return null;
    }
    YamlMap map = YamlMap.of(mappingNode, ctx.problems());
    Step step = fromMap(type, map, options);
    return step;
  }

  private @Nullable Step shorthand(String type, Node value, @Nullable StepOptions options) {
    switch (type) {
      case "click", "check" -> {
        String selector = ctx.templates().text(value, "selector");
        if (selector == null || options == null) {
          return null;
        }
        Locator target = new Locator.Selector(selector);
        return type.equals("click")
            ? new Step.Click(target, options)
            : new Step.Check(target, true, options);
      }
      case "press" -> {
        String key = ctx.scalars().literal(value, "key");
        return key == null || options == null
            ? null
            : new Step.Press(key, Optional.empty(), options);
      }
      default -> {
        ctx.problems()
            .at(
                value,
                "'"
                    + type
                    + "' needs a locator and '"
                    + (type.equals("fill") ? "value" : "option")
                    + "', e.g. "
                    + EXAMPLES.get(type));
        return null;
      }
    }
  }

  private @Nullable Step fromMap(String type, YamlMap map, @Nullable StepOptions options) {
    Step step =
        switch (type) {
          case "click" -> click(map, options);
          case "fill" -> fill(map, options);
          case "select" -> select(map, options);
          case "check" -> check(map, options);
          default -> press(map, options);
        };
    ctx.rejectRest(map, type, ReadContext.concat(LocatorReader.KEYS, ownKeys(type)));
    return step;
  }

  /** The keys a step of {@code type} takes beside its locator keys. */
  static List<String> ownKeys(String type) {
    return switch (type) {
      case "fill" -> List.of("value");
      case "select" -> List.of("option");
      case "check" -> List.of("checked");
      case "press" -> List.of("key");
      default -> List.of();
    };
  }

  private @Nullable Step click(YamlMap map, @Nullable StepOptions options) {
    Locator target = ctx.locators().fromMap(map, "click", ownKeys("click"));
    return target == null || options == null ? null : new Step.Click(target, options);
  }

  private @Nullable Step fill(YamlMap map, @Nullable StepOptions options) {
    Locator target = ctx.locators().fromMap(map, "fill", ownKeys("fill"));
    Node valueNode = ctx.require(map, "value", "fill");
    String value = valueNode == null ? null : ctx.templates().secretText(valueNode, "value", true);
    if (target == null || value == null || options == null) {
      return null;
    }
    return new Step.Fill(target, Value.of(value), options);
  }

  private @Nullable Step select(YamlMap map, @Nullable StepOptions options) {
    Locator target = ctx.locators().fromMap(map, "select", ownKeys("select"));
    Node optionNode = ctx.require(map, "option", "select");
    String option =
        optionNode == null ? null : ctx.templates().secretText(optionNode, "option", false);
    if (target == null || option == null || options == null) {
      return null;
    }
    return new Step.Select(target, Value.of(option), options);
  }

  private @Nullable Step check(YamlMap map, @Nullable StepOptions options) {
    Locator target = ctx.locators().fromMap(map, "check", ownKeys("check"));
    Node checkedNode = map.take("checked");
    Boolean checked =
        checkedNode == null ? Boolean.TRUE : ctx.scalars().bool(checkedNode, "checked");
    if (target == null || checked == null || options == null) {
      return null;
    }
    return new Step.Check(target, checked, options);
  }

  private @Nullable Step press(YamlMap map, @Nullable StepOptions options) {
    Node keyNode = ctx.require(map, "key", "press");
    String key = keyNode == null ? null : ctx.scalars().literal(keyNode, "key");
    boolean hasTarget = LocatorReader.mentionsLocator(map);
    Locator target = hasTarget ? ctx.locators().fromMap(map, "press", ownKeys("press")) : null;
    if (key == null || (hasTarget && target == null) || options == null) {
      return null;
    }
    return new Step.Press(key, Optional.ofNullable(target), options);
  }
}
