package dev.errand.recipe.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Puts snakeyaml's syntax errors in plain words: no token names, no Java class names. */
final class YamlErrors {

  private static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("'<block sequence start>'", "a list item ('- ')");
    WORDS.put("<block sequence start>", "a list item ('- ')");
    WORDS.put("'<block mapping start>'", "a key");
    WORDS.put("<block mapping start>", "a key");
    WORDS.put("<block end>", "the end of the indented block");
    WORDS.put("'<scalar>'", "a value");
    WORDS.put("<scalar>", "a value");
    WORDS.put("'<flow mapping end>'", "'}'");
    WORDS.put("'<flow sequence end>'", "']'");
    WORDS.put("<document start>", "'---'");
    WORDS.put("<stream end>", "the end of the file");
    WORDS.put("end of stream", "end of the file");
    WORDS.put("while parsing a block collection", "in the list or map");
    WORDS.put("while parsing a block mapping", "in the map");
    WORDS.put("while parsing a flow mapping", "in the {…} map");
    WORDS.put("while parsing a flow sequence", "in the […] list");
    WORDS.put("while scanning a simple key", "while reading a key");
    WORDS.put("while scanning a quoted scalar", "in the quoted text");
    WORDS.put("while scanning a plain scalar", "in the text");
    WORDS.put("mapping values are not allowed here", "a ': ' can't appear here");
  }

  private YamlErrors() {}

  /** {@code malformed YAML: <problem> (<context> that starts at line N)}, in plain words. */
  static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem().trim();
    StringBuilder m = new StringBuilder("malformed YAML: ");
    if (e.getContext() != null && e.getContext().startsWith("expected a single document")) {
      return m.append("a recipe is a single YAML document, but '---' starts another").toString();
    }
    if (problem.contains("\\t(TAB)")) {
      return m.append("a tab can't indent YAML; use spaces").toString();
    }
    m.append(plain(problem));
    if (problem.startsWith("mapping values are not allowed")) {
      m.append(" (put text that contains ': ' in quotes)");
    }
    if (e.getContext() != null) {
      m.append(" (").append(plain(e.getContext().trim()));
      Mark c = e.getContextMark();
      Mark p = e.getProblemMark();
      if (c != null && p != null && c.getLine() != p.getLine()) {
        m.append(" that starts at line ").append(c.getLine() + 1);
      }
      m.append(")");
    }
    if (problem.contains("<block end>")) {
      m.append(" — check the indentation");
    }
    return m.toString();
  }

  private static String plain(String text) {
    String t = text;
    for (Map.Entry<String, String> w : WORDS.entrySet()) {
      t = t.replace(w.getKey(), w.getValue());
    }
    return t;
  }
}
