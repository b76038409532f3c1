package dev.errand.recipe.parse;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@link Condition}: a map with one of {@code visible: <locator>}, {@code hidden:
 * <locator>}, {@code text: "…"} or {@code url: "<glob or /regex/>"}; a bare string is a visible
 * selector. In {@code expect} maps the condition keys sit beside {@code verdict} and {@code
 * message} ({@link #fromMap}).
 */
final class ConditionReader {

  static final List<String> KINDS = List.of("visible", "hidden", "text", "url");

  private final Problems problems;
  private final TemplateChecker templates;
  private final LocatorReader locators;

  ConditionReader(Scalars scalars, TemplateChecker templates, LocatorReader locators) {
    this.problems = scalars.problems();
    this.templates = templates;
    this.locators = locators;
  }

  /** A condition written on its own (a selector string or a condition map); null if invalid. */
  @Nullable Condition read(Node node, String owner) {
    if (node instanceof ScalarNode && !Messages.isNull(node)) {
      String selector = templates.text(node, owner);
      return selector == null ? null : new Condition.Visible(new Locator.Selector(selector));
    }
    if (node instanceof MappingNode mappingNode) {
      YamlMap map = YamlMap.of(mappingNode, problems);
      Condition c = fromMap(map, owner, List.of());
      map.rejectRest(problems, KINDS, "'" + owner + "'");
      return c;
    }
    problems.at(
        node,
        "'"
            + owner
            + "' needs a condition: a selector text or a map with "
            + Messages.orList(KINDS)
            + ", got "
            + Messages.kind(node));
    return null;
  }

  /**
   * Takes the condition keys out of {@code map}; null (reported) when missing or invalid. A map
   * without a condition but with a misspelt condition key is left for the caller's unknown-key
   * report, so {@code ownKeys} lists the caller's keys.
   */
  @Nullable Condition fromMap(YamlMap map, String owner, List<String> ownKeys) {
    List<String> kinds = new ArrayList<>();
    for (String k : KINDS) {
      if (map.has(k)) {
        kinds.add(k);
      }
    }
    if (kinds.isEmpty()) {
      boolean misspelt =
          map.keys().stream()
              .anyMatch(
                  k ->
                      !LocatorReader.KEYS.contains(k)
                          && !ownKeys.contains(k)
                          && Suggestions.closest(k, KINDS).isPresent());
      if (misspelt) {
        return null;
      }
      String hint = "";
      if (LocatorReader.mentionsLocator(map)) {
        hint = " (for an element, put its locator under 'visible:' or 'hidden:')";
        LocatorReader.KEYS.forEach(map::take);
      }
      problems.at(
          map.node(), "'" + owner + "' needs a condition: one of " + Messages.orList(KINDS) + hint);
      return null;
    }
    if (kinds.size() > 1) {
      problems.at(
          map.keyNode(kinds.get(1)),
          "a condition has one of "
              + Messages.orList(KINDS)
              + ", found both '"
              + kinds.get(0)
              + "' and '"
              + kinds.get(1)
              + "'");
      KINDS.forEach(map::take);
      return null;
    }
    String kind = kinds.get(0);
    Node value = map.takePresent(kind);
    switch (kind) {
      case "visible" -> {
        return ifLocator(locators.read(value, "visible"), true);
      }
      case "hidden" -> {
        return ifLocator(locators.read(value, "hidden"), false);
      }
      case "text" -> {
        String text = templates.text(value, "text");
        return text == null ? null : new Condition.Visible(new Locator.ByText(text, false));
      }
      default -> {
        return url(value);
      }
    }
  }

  private @Nullable Condition url(Node value) {
    String pattern = templates.text(value, "url");
    if (pattern == null) {
      return null;
    }
    boolean regex = pattern.length() >= 2 && pattern.startsWith("/") && pattern.endsWith("/");
    if (regex && !Variables.hasVariables(pattern)) {
      try {
        Pattern.compile(pattern.substring(1, pattern.length() - 1));
      } catch (PatternSyntaxException e) {
        problems.at(
            value,
            "bad regular expression in 'url': "
                + e.getDescription()
                + " near index "
                + e.getIndex());
        return null;
      }
    }
    return new Condition.UrlMatches(pattern);
  }

  private static @Nullable Condition ifLocator(@Nullable Locator locator, boolean visible) {
    if (locator == null) {
      return null;
    }
    return visible ? new Condition.Visible(locator) : new Condition.Hidden(locator);
  }
}
