package dev.errand.recipe.parse;

import dev.errand.recipe.SourcePos;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The recipe text and its positioned YAML tree (snakeyaml's composed {@link Node}s, which carry
 * start and end marks). Turns marks into 1-based {@link SourcePos}itions, including positions
 * inside single-line scalars.
 */
final class YamlSource {

  private final Path file;
  private final String[] lines;
  private final String text;

  YamlSource(Path file, String text) {
    this.file = file;
    this.text = text;
    this.lines = splitLines(text);
  }

  /** Lines as YAML counts them (LF, CRLF, CR, NEL, LS and PS all end a line). */
  static String[] splitLines(String text) {
    return text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1);
  }

  Path file() {
    return file;
  }

  /** The document's root node, or null (with a diagnostic) when the YAML is malformed or empty. */
  @Nullable Node compose(Problems problems) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.at(at == null ? new SourcePos(file, 1, 1) : pos(at), YamlErrors.describe(e));
      return null;
    } catch (YAMLException e) {
      problems.at(new SourcePos(file, 1, 1), "malformed YAML: " + e.getMessage());
      return null;
    }
    if (root == null) {
      problems.at(new SourcePos(file, 1, 1), "the recipe is empty");
      return null;
    }
    Node recursive = findRecursion(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    if (recursive != null) {
      problems.at(recursive, "malformed YAML: a node contains itself (recursive alias)");
      return null;
    }
    return root;
  }

  private static @Nullable Node findRecursion(Node node, Set<Node> path) {
    if (!path.add(node)) {
      return node;
    }
    try {
      if (node instanceof SequenceNode sequenceNode) {
        for (Node child : sequenceNode.getValue()) {
          Node found = findRecursion(child, path);
          if (found != null) {
            return found;
          }
        }
      } else if (node instanceof MappingNode mappingNode) {
        List<NodeTuple> tuples = mappingNode.getValue();
        for (NodeTuple t : tuples) {
          Node found = findRecursion(t.getKeyNode(), path);
          if (found == null) {
            found = findRecursion(t.getValueNode(), path);
          }
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } finally {
      path.remove(node);
    }
  }

  SourcePos pos(Mark mark) {
    return new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  SourcePos pos(Node node) {
    return pos(node.getStartMark());
  }

  /**
   * The position of {@code index} (a <code>${</code> marker in the scalar's value) in the file:
   * exact for plain and quoted scalars on one line, else the scalar's start.
   */
  SourcePos pos(ScalarNode node, int index) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    DumperOptions.ScalarStyle style = node.getScalarStyle();
    boolean block =
        style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
    if (block
        || end == null
        || start.getLine() != end.getLine()
        || start.getLine() >= lines.length) {
      return pos(node);
    }
    String line = lines[start.getLine()];
    int cps = line.codePointCount(0, line.length());
    if (end.getColumn() > cps || start.getColumn() >= end.getColumn()) {
      return pos(node);
    }
    String raw =
        line.substring(
            line.offsetByCodePoints(0, start.getColumn()),
            line.offsetByCodePoints(0, end.getColumn()));
    boolean quoted =
        style == DumperOptions.ScalarStyle.SINGLE_QUOTED
            || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    String content = quoted && raw.length() >= 2 ? raw.substring(1, raw.length() - 1) : raw;
    List<Integer> inValue = Template.markers(node.getValue());
    List<Integer> inSource = Template.markers(content);
    int k = inValue.indexOf(index);
    if (k < 0 || inValue.size() != inSource.size()) {
      return pos(node);
    }
    int column =
        start.getColumn() + (quoted ? 1 : 0) + content.codePointCount(0, inSource.get(k)) + 1;
    return new SourcePos(file, start.getLine() + 1, column);
  }
}
