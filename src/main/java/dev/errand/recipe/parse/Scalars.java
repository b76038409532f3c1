package dev.errand.recipe.parse;

import dev.errand.timing.DurationParseException;
import dev.errand.timing.DurationParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads typed scalar values (text, booleans, durations, one-of-a-set names), reporting a problem
 * and returning null when a value has the wrong shape.
 */
final class Scalars {

  static final List<String> TRUE = List.of("true", "yes", "on");
  static final List<String> FALSE = List.of("false", "no", "off");

  private final Problems problems;

  Scalars(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /** Non-empty text; null (reported) for a map, a list, nothing or "". */
  @Nullable String text(Node node, String field) {
    String t = textOrEmpty(node, field);
    if (t != null && t.isEmpty()) {
      problems.at(node, "'" + field + "' must not be empty");
      return null;
    }
    return t;
  }

  /** Text, possibly empty; null (reported) for a map, a list or nothing. */
  @Nullable String textOrEmpty(Node node, String field) {
    if (node instanceof ScalarNode scalarNode && !Messages.isNull(node)) {
      return scalarNode.getValue();
    }
    if (node == null || Messages.isNull(node)) {
      problems.at(node, "'" + field + "' needs a value");
    } else {
      problems.at(node, "'" + field + "' must be text, got " + Messages.kind(node));
    }
    return null;
  }

  /** Non-empty text that must not use {@code ${…}} (the field is not resolved). */
  @Nullable String literal(Node node, String field) {
    String t = text(node, field);
    return t != null && rejectVariables((ScalarNode) node, t, field) ? t : null;
  }

  /** Reports any {@code ${…}} in a field that is used as written; true when there is none. */
  boolean rejectVariables(ScalarNode node, String value, String field) {
    List<Integer> markers = Template.markers(value);
    if (markers.isEmpty()) {
      return true;
    }
    problems.at(
        problems.source().pos(node, markers.get(0)),
        "'" + field + "' can't use variables; write '$${' for a literal '${'");
    return false;
  }

  @Nullable Boolean bool(Node node, String field) {
    if (node instanceof ScalarNode scalarNode && !Messages.isNull(node)) {
      String v = scalarNode.getValue().toLowerCase(Locale.ROOT);
      if (TRUE.contains(v)) {
        return Boolean.TRUE;
      }
      if (FALSE.contains(v)) {
        return Boolean.FALSE;
      }
    }
    problems.at(node, "'" + field + "' must be true or false, got " + Messages.kind(node));
    return null;
  }

  @Nullable Duration duration(Node node, String field) {
    String t = literal(node, field);
    if (t == null) {
      return null;
    }
    try {
      return DurationParser.parse(t);
    } catch (DurationParseException e) {
      problems.at(node, e.getMessage());
      return null;
    }
  }

  /** One of {@code byName}'s keys; else "unknown {what} 'x' — did you mean …?". */
  <E> @Nullable E choice(Node node, String field, String what, Map<String, E> byName) {
    String t = literal(node, field);
    if (t == null) {
      return null;
    }
    E e = byName.get(t);
    if (e == null) {
      problems.at(node, Messages.unknown(what, t, byName.keySet()));
    }
    return e;
  }
}
