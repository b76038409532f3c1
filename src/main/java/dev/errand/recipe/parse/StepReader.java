package dev.errand.recipe.parse;

import static java.util.Objects.requireNonNull;

import dev.errand.recipe.Purchases;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one list item of a section into a {@link Step}: finds the step's type key (exactly one),
 * reads the options beside it, and hands the value to the family that knows the type.
 */
final class StepReader {

  /** Every step type's YAML name, in documentation order, and the step it makes. */
  static final Map<String, Class<? extends Step>> TYPES;

  static {
    Map<String, Class<? extends Step>> all = new LinkedHashMap<>();
    all.putAll(NavigationSteps.TYPES);
    all.putAll(ActionSteps.TYPES);
    all.putAll(WaitSteps.TYPES);
    all.putAll(ScreenshotSteps.TYPES);
    all.putAll(HandoffSteps.TYPES);
    all.putAll(PollSteps.TYPES);
    all.putAll(CheckpointSteps.TYPES);
    TYPES = Collections.unmodifiableMap(all);
  }

  private final ReadContext ctx;
  private final StepOptionsReader optionsReader;
  private final Map<String, StepFamily> families = new LinkedHashMap<>();

  StepReader(ReadContext ctx) {
    this.ctx = ctx;
    this.optionsReader = new StepOptionsReader(ctx);
    register(NavigationSteps.TYPES, new NavigationSteps(ctx));
    register(ActionSteps.TYPES, new ActionSteps(ctx));
    register(WaitSteps.TYPES, new WaitSteps(ctx));
    register(ScreenshotSteps.TYPES, new ScreenshotSteps(ctx));
    register(HandoffSteps.TYPES, new HandoffSteps(ctx));
    register(PollSteps.TYPES, new PollSteps(ctx));
    register(CheckpointSteps.TYPES, new CheckpointSteps(ctx));
  }

  private void register(Map<String, Class<? extends Step>> types, StepFamily family) {
    types.keySet().forEach(t -> families.put(t, family));
  }

  /** The step, or null when it is invalid (every problem reported). */
  @Nullable Step read(Node item) {
    int before = ctx.problems().count();
    Step step = readItem(item);
    if (step == null && ctx.problems().count() == before) {
      ctx.problems().at(item, "this step could not be read");
    }
    return step;
  }

  private @Nullable Step readItem(Node item) {
    SourcePos pos = ctx.problems().source().pos(item);
    if (item instanceof ScalarNode scalarNode && !Messages.isNull(item)) {
      String word = scalarNode.getValue();
      StepFamily family = families.get(word);
      if (family == null) {
        ctx.problems().at(item, Messages.unknown("step", word, TYPES.keySet()));
        return null;
      }
      return family.read(word, item, null, StepOptionsReader.plain(pos));
    }
    if (item instanceof MappingNode mappingNode && mappingNode.getValue().isEmpty()) {
      ctx.problems().at(item, "an empty step: write one such as '- click: …'");
      return null;
    }
    if (!(item instanceof MappingNode mappingNode)) {
      ctx.problems().at(item, "a step is a map such as '- click: …', got " + Messages.kind(item));
      return null;
    }
    return readMap(YamlMap.of(mappingNode, ctx.problems()), pos);
  }

  private @Nullable Step readMap(YamlMap map, SourcePos pos) {
    List<String> types = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String k : map.keys()) {
      if (TYPES.containsKey(k)) {
        types.add(k);
      } else if (!StepOptionsReader.KEYS.contains(k)) {
        unknown.add(k);
      }
    }
    StepOptions options = optionsReader.read(map, pos);
    if (types.isEmpty()) {
      if (unknown.isEmpty()) {
        ctx.problems()
            .at(map.node(), "the step has no type: use " + Messages.orList(TYPES.keySet()));
      }
      for (String k : unknown) {
        ctx.problems().at(map.keyNode(k), Messages.unknown("step", k, TYPES.keySet()));
      }
      return null;
    }
    if (types.size() > 1) {
      ctx.problems()
          .at(
              map.keyNode(types.get(1)),
              "one step per list item: found both '"
                  + types.get(0)
                  + "' and '"
                  + types.get(1)
                  + "' (start the second with its own '- ')");
      return null;
    }
    String type = types.get(0);
    Node value = map.take(type);
    // Every type in TYPES has a family, and the map holds the type's key.
    StepFamily family = requireNonNull(families.get(type));
    Step step = family.read(type, requireNonNull(map.keyNode(type)), value, options);
    map.rejectRest(ctx.problems(), StepOptionsReader.KEYS, k -> besideHint(k, type), null);
    if (step != null && step.options().once() && !Purchases.canBuy(step)) {
      ctx.problems().at(map.keyNode("once"), OnceRule.cannotBuy(step));
      return null;
    }
    return step;
  }

  private static String besideHint(String key, String type) {
    String hint = Messages.hint(key, StepOptionsReader.KEYS);
    if (hint.startsWith(" — did you mean")) {
      return "unknown key '" + key + "' beside '" + type + "'" + hint;
    }
    String beside =
        "unknown key '" + key + "' beside '" + type + "': only optional, when and timeout go there";
    if (!StepShapes.takesMap(type)) {
      return beside + "; '" + type + "' has no keys of its own: " + StepShapes.form(type);
    }
    return beside + "; the step's own keys go inside its map, as in " + StepShapes.form(type);
  }
}
