package dev.errand.recipe.parse;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code - handoff: "message"} (reason other) or {@code - handoff: {reason, message, until,
 * timeout}}: the person takes the wheel.
 */
final class HandoffSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES = Map.of("handoff", Step.Handoff.class);
  static final Map<String, HandoffReason> REASONS = new LinkedHashMap<>();
  static final List<String> KEYS = List.of("reason", "message", "until", "timeout");

  static {
    for (HandoffReason r : HandoffReason.values()) {
      REASONS.put(r.yamlName(), r);
    }
  }

  private final ReadContext ctx;

  HandoffSteps(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (value == null || StepFamily.absent(value)) {
      ctx.problems()
          .at(at, "'handoff' needs a message, e.g. '- handoff: {reason: payment, message: Pay}'");
      return null;
    }
    if (value instanceof ScalarNode) {
      String message = ctx.templates().text(value, "message");
      return message == null || options == null
          ? null
          : new Step.Handoff(
              HandoffReason.OTHER, message, Optional.empty(), Optional.empty(), options);
    }
    if (!(value instanceof MappingNode mappingNode)) {
      ctx.problems().at(value, "'handoff' takes a message or a map, got " + Messages.kind(value));
      return null;
    }
    return fromMap(YamlMap.of(mappingNode, ctx.problems()), options);
  }

  private @Nullable Step fromMap(YamlMap map, @Nullable StepOptions options) {
    Node reasonNode = map.take("reason");
    Node messageNode = ctx.require(map, "message", "handoff");
    Node untilNode = map.take("until");
    Node timeoutNode = map.take("timeout");
    HandoffReason reason =
        reasonNode == null
            ? HandoffReason.OTHER
            : ctx.scalars().choice(reasonNode, "reason", "handoff reason", REASONS);
    String message = messageNode == null ? null : ctx.templates().text(messageNode, "message");
    Condition until = untilNode == null ? null : ctx.conditions().read(untilNode, "until");
    Duration timeout = timeoutNode == null ? null : ctx.scalars().duration(timeoutNode, "timeout");
    ctx.rejectRest(map, "handoff", KEYS);
    if (reason == null
        || message == null
        || (untilNode != null && until == null)
        || (timeoutNode != null && timeout == null)
        || options == null) {
      return null;
    }
    return new Step.Handoff(
        reason, message, Optional.ofNullable(until), Optional.ofNullable(timeout), options);
  }
}
