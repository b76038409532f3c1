package dev.errand.recipe.parse;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code - poll: {until: <condition>, reload: true, every: 1s, for: 30s, verdict: sold-out,
 * message: …}}: re-check a page state at an interval, for a bounded time. {@code until} and {@code
 * for} are required; {@code every} is at least {@link Bounds#FLOOR} (the politeness floor), {@code
 * for} at most {@link Bounds#LONGEST}.
 */
final class PollSteps implements StepFamily {

  static final Map<String, Class<? extends Step>> TYPES = Map.of("poll", Step.Poll.class);

  static final List<String> KEYS = List.of("until", "reload", "every", "for", "verdict", "message");

  private final ReadContext ctx;
  private final Bounds bounds;

  PollSteps(ReadContext ctx) {
    this.ctx = ctx;
    this.bounds = new Bounds(ctx.scalars());
  }

  @Override
  public @Nullable Step read(
      String type, Node at, @Nullable Node value, @Nullable StepOptions options) {
    if (!(value instanceof MappingNode mappingNode)) {
      ctx.problems()
          .at(
              value == null || StepFamily.absent(value) ? at : value,
              "'poll' takes a map such as '- poll: {until: {visible: {text: Add to basket}},"
                  + " reload: true, every: 1s, for: 30s}'");
      return null;
    }
    YamlMap map = YamlMap.of(mappingNode, ctx.problems());
    Node untilNode = ctx.require(map, "until", "poll");
    Node reloadNode = map.take("reload");
    Node everyNode = map.take("every");
    Node forNode = map.take("for");
    Node verdictNode = map.take("verdict");
    Node messageNode = map.take("message");
    if (forNode == null) {
      ctx.problems()
          .at(
              map.node(),
              "'poll' needs an upper bound: add 'for' (e.g. 'for: 30s', at most "
                  + Bounds.text(Bounds.LONGEST)
                  + ")");
    }
    Condition until = untilNode == null ? null : ctx.conditions().read(untilNode, "until");
    Boolean reload = reloadNode == null ? Boolean.FALSE : ctx.scalars().bool(reloadNode, "reload");
    Duration every = everyNode == null ? Bounds.FLOOR : bounds.interval(everyNode, "every");
    Duration limit = forNode == null ? null : bounds.bound(forNode, "for", "poll");
    Verdict verdict =
        verdictNode == null
            ? null
            : ctx.scalars().choice(verdictNode, "verdict", "verdict", WaitSteps.VERDICTS);
    String message = messageNode == null ? null : ctx.templates().text(messageNode, "message");
    ctx.rejectRest(map, "poll", KEYS);
    if (every != null && limit != null && every.compareTo(limit) > 0 && everyNode != null) {
      ctx.problems()
          .at(
              everyNode,
              "'every' ("
                  + Bounds.text(every)
                  + ") is longer than 'for' ("
                  + Bounds.text(limit)
                  + "): the poll would look only once");
      return null;
    }
    if (until == null
        || reload == null
        || every == null
        || limit == null
        || (verdictNode != null && verdict == null)
        || (messageNode != null && message == null)
        || options == null) {
      return null;
    }
    return new Step.Poll(
        until,
        reload,
        every,
        limit,
        Optional.ofNullable(verdict),
        Optional.ofNullable(message),
        options);
  }
}
