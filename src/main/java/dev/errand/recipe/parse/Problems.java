package dev.errand.recipe.parse;

import dev.errand.recipe.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem found while reading a recipe; reading goes on after each one. */
final class Problems {

  private final YamlSource source;
  private final List<Diagnostic> found = new ArrayList<>();

  Problems(YamlSource source) {
    this.source = source;
  }

  YamlSource source() {
    return source;
  }

  void at(SourcePos pos, String message) {
    found.add(new Diagnostic(pos, message));
  }

  void at(Node node, String message) {
    at(source.pos(node), message);
  }

  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems in source order, duplicates (from YAML aliases) removed. */
  List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(new LinkedHashSet<>(found));
    list.sort(
        Comparator.comparingInt((Diagnostic d) -> d.pos().line())
            .thenComparingInt(d -> d.pos().column()));
    return list;
  }
}
