package dev.errand.recipe.parse;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The steps that look at the page: {@code wait-for: <condition>} and {@code expect: <condition>}
 * (with {@code verdict} and {@code message} beside the condition keys).
 */
final class WaitSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES = new LinkedHashMap<>();
  static final Map<String, Verdict> VERDICTS = new LinkedHashMap<>();
  static final List<String> EXPECT_KEYS = List.of("verdict", "message");

  static {
    TYPES.put("wait-for", Step.WaitFor.class);
    TYPES.put("expect", Step.Expect.class);
    for (Verdict v : Verdict.values()) {
      VERDICTS.put(v.yamlName(), v);
    }
  }

  private final ReadContext ctx;

  WaitSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (value == null || StepFamily.absent(value)) {
      ctx.problems()
          .at(
              at,
              "'"
                  + type
                  + "' needs a condition, e.g. '- "
                  + type
                  + ": {visible: {role: button, name: Buy}}'");
      return null;
    }
    if (type.equals("wait-for")) {
      Condition c = ctx.conditions().read(value, type);
      return c == null || options == null ? null : new Step.WaitFor(c, options);
    }
    if (!(value instanceof MappingNode mappingNode)) {
      Condition c = ctx.conditions().read(value, type);
      return c == null || options == null
          ? null
          : new Step.Expect(c, Verdict.FAILED, Optional.empty(), options);
    }
    return expect(mappingNode, options);
  }

  private @Nullable Step expect(MappingNode value, @Nullable StepOptions options) {
    YamlMap map = YamlMap.of(value, ctx.problems());
    Condition c = ctx.conditions().fromMap(map, "expect", EXPECT_KEYS);
    Node verdictNode = map.take("verdict");
    Node messageNode = map.take("message");
    Verdict verdict =
        verdictNode == null
            ? Verdict.FAILED
            : ctx.scalars().choice(verdictNode, "verdict", "verdict", VERDICTS);
    String message = messageNode == null ? null : ctx.templates().text(messageNode, "message");
    ctx.rejectRest(map, "expect", ReadContext.concat(ConditionReader.KINDS, EXPECT_KEYS));
    if (c == null || verdict == null || (messageNode != null && message == null)) {
      return null;
    }
    return options == null
        ? null
        : new Step.Expect(c, verdict, Optional.ofNullable(message), options);
  }
}
