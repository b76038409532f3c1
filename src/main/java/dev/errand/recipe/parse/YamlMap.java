package dev.errand.recipe.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML map read key by key: readers {@link #take} the keys they understand, then {@link
 * #rejectRest} reports whatever nobody took. Duplicate and non-text keys are reported on creation.
 */
final class YamlMap {

  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  private YamlMap(MappingNode node) {
    this.node = node;
  }

  static YamlMap of(MappingNode node, Problems problems) {
    YamlMap map = new YamlMap(node);
    for (NodeTuple t : node.getValue()) {
      Node key = t.getKeyNode();
      if (!(key instanceof ScalarNode scalarNode) || Messages.isNull(key)) {
        problems.at(key, "a key must be a plain word, got " + Messages.kind(key));
        continue;
      }
      String name = scalarNode.getValue();
      NodeTuple first = map.entries.get(name);
      if (first != null) {
        problems.at(
            key,
            "duplicate key '"
                + name
                + "' (first on line "
                + (first.getKeyNode().getStartMark().getLine() + 1)
                + ")");
        continue;
      }
      map.entries.put(name, t);
    }
    return map;
  }

  MappingNode node() {
    return node;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The keys in the order written. */
  Set<String> keys() {
    return entries.keySet();
  }

  /** The value under {@code key}, now marked as understood; null when absent. */
  @Nullable Node take(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      return null;
    }
    taken.add(key);
    return t.getValueNode();
  }

  /**
   * The value under a key the map {@linkplain #has has}, now marked as understood.
   *
   * @throws IllegalArgumentException when the map has no such key
   */
  Node takePresent(String key) {
    Node value = take(key);
    if (value == null) {
      throw new IllegalArgumentException("no key '" + key + "' in the map");
    }
    return value;
  }

  /**
   * The node of a key the map {@linkplain #has has} (for positions).
   *
   * @throws IllegalArgumentException when the map has no such key
   */
  Node keyNode(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no key '" + key + "' in the map");
    }
    return t.getKeyNode();
  }

  /** Keys nobody took, in the order written. */
  List<String> rest() {
    List<String> rest = new ArrayList<>();
    for (String k : entries.keySet()) {
      if (!taken.contains(k)) {
        rest.add(k);
      }
    }
    return rest;
  }

  /** Marks every key as understood (after a problem made the rest meaningless). */
  void takeAll() {
    taken.addAll(entries.keySet());
  }

  /**
   * Reports each key nobody took as {@code unknown key 'k' in <where> — did you mean …?} ({@code
   * where} may be null: then just {@code unknown key 'k'}).
   */
  void rejectRest(Problems problems, Collection<String> known, @Nullable String where) {
    rejectRest(problems, known, k -> null, where);
  }

  /** Like {@link #rejectRest(Problems, Collection, String)}, with a custom message per key. */
  void rejectRest(
      Problems problems,
      Collection<String> known,
      Function<String, @Nullable String> special,
      @Nullable String where) {
    for (String k : rest()) {
      String message = special.apply(k);
      if (message == null) {
        message =
            "unknown key '"
                + k
                + "'"
                + (where == null ? "" : " in " + where)
                + Messages.hint(k, known);
      }
      problems.at(keyNode(k), message);
      taken.add(k);
    }
  }
}
