package dev.errand.recipe.parse;

import dev.errand.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Wording shared by the readers: "unknown x 'y' — did you mean 'z'?", "got a map", lists. */
final class Messages {

  private static final int MAX_LISTED = 15;

  private Messages() {}

  /**
   * {@code unknown <what> '<got>' — did you mean '<x>'?}, or with no close match {@code unknown
   * <what> '<got>': use a, b or c} (the list left out when long).
   */
  static String unknown(String what, String got, Collection<String> known) {
    return "unknown " + what + " '" + got + "'" + hint(got, known);
  }

  /** {@code " — did you mean 'x'?"}, or {@code ": use a, b or c"} for a short list, or "". */
  static String hint(String got, Collection<String> known) {
    Optional<String> close = Suggestions.closest(got, known);
    if (close.isPresent()) {
      return " — did you mean '" + close.get() + "'?";
    }
    return known.size() <= MAX_LISTED ? ": use " + orList(known) : "";
  }

  /** {@code a, b or c}. */
  static String orList(Collection<String> words) {
    return join(words, " or ");
  }

  /** {@code a, b and c}. */
  static String andList(Collection<String> words) {
    return join(words, " and ");
  }

  private static String join(Collection<String> words, String last) {
    List<String> w = new ArrayList<>(words);
    if (w.size() <= 1) {
      return String.join("", w);
    }
    return String.join(", ", w.subList(0, w.size() - 1)) + last + w.get(w.size() - 1);
  }

  /**
   * What a node is, for "got …": {@code 'text'}, {@code a map}, {@code a list}, {@code nothing}.
   */
  static String kind(@Nullable Node node) {
    if (node == null || isNull(node)) {
      return "nothing";
    }
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  /** Whether the node is YAML null (an empty value, {@code ~} or {@code null}). */
  static boolean isNull(@Nullable Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }
}
