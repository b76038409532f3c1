package dev.errand.recipe.parse;

import dev.errand.recipe.Locator;
import dev.errand.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@link Locator}: a Playwright selector string, or a map with one of {@code selector},
 * {@code role} (+ {@code name}), {@code label}, {@code text}, {@code testid}, {@code placeholder},
 * {@code any}; plus {@code exact} and {@code frame}. In step maps the locator keys sit beside the
 * step's own keys ({@link #fromMap}).
 */
final class LocatorReader {

  static final List<String> KINDS =
      List.of("selector", "role", "label", "text", "testid", "placeholder", "any");
  static final List<String> KEYS =
      List.of(
          "selector",
          "role",
          "name",
          "exact",
          "label",
          "text",
          "testid",
          "placeholder",
          "any",
          "frame");
  static final List<String> EXACT_KINDS = List.of("role", "label", "text", "placeholder");

  private final Problems problems;
  private final Scalars scalars;
  private final TemplateChecker templates;

  LocatorReader(Scalars scalars, TemplateChecker templates) {
    this.problems = scalars.problems();
    this.scalars = scalars;
    this.templates = templates;
  }

  /** Whether the map holds any locator key (for steps whose locator is optional). */
  static boolean mentionsLocator(YamlMap map) {
    return KEYS.stream().anyMatch(map::has);
  }

  /** A locator written on its own (a selector string or a locator map); null when invalid. */
  @Nullable Locator read(Node node, String owner) {
    if (node instanceof ScalarNode && !Messages.isNull(node)) {
      String selector = templates.text(node, "selector");
      return selector == null ? null : new Locator.Selector(selector);
    }
    if (node instanceof MappingNode mappingNode) {
      YamlMap map = YamlMap.of(mappingNode, problems);
      Locator locator = fromMap(map, owner, List.of());
      map.rejectRest(problems, KEYS, "a locator");
      return locator;
    }
    problems.at(
        node,
        "'"
            + owner
            + "' needs a locator: a selector text or a map such as {role: button, name: Buy}, got "
            + Messages.kind(node));
    return null;
  }

  /**
   * Takes the locator keys out of {@code map}; null (reported) when missing or invalid. A map
   * without a locator but with a misspelt locator key is left for the caller's unknown-key report,
   * so {@code ownKeys} lists the caller's keys.
   */
  @Nullable Locator fromMap(YamlMap map, String owner, List<String> ownKeys) {
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
                      !KEYS.contains(k)
                          && !ownKeys.contains(k)
                          && Suggestions.closest(k, KEYS).isPresent());
      if (!misspelt) {
        problems.at(
            map.node(), "'" + owner + "' needs a locator: one of " + Messages.orList(KINDS));
      }
      KEYS.forEach(map::take);
      return null;
    }
    if (kinds.size() > 1) {
      problems.at(
          map.keyNode(kinds.get(1)),
          "a locator has one of "
              + Messages.orList(KINDS)
              + ", found both '"
              + kinds.get(0)
              + "' and '"
              + kinds.get(1)
              + "'");
      KEYS.forEach(map::take);
      return null;
    }
    String kind = kinds.get(0);
    Locator inner = build(kind, map);
    Node frame = map.take("frame");
    if (frame != null) {
      String f = templates.text(frame, "frame");
      return inner == null || f == null ? null : new Locator.InFrame(f, inner);
    }
    return inner;
  }

  private @Nullable Locator build(String kind, YamlMap map) {
    Node value = map.takePresent(kind);
    Node nameNode = map.take("name");
    Node exactNode = map.take("exact");
    boolean ok = true;
    if (nameNode != null && !kind.equals("role")) {
      problems.at(
          map.keyNode("name"),
          "'name' goes with 'role' (the accessible name), not with '" + kind + "'");
      ok = false;
    }
    if (exactNode != null && !EXACT_KINDS.contains(kind)) {
      problems.at(map.keyNode("exact"), "'exact' does not apply to '" + kind + "'");
      ok = false;
    }
    Boolean exact = exactNode == null ? Boolean.FALSE : scalars.bool(exactNode, "exact");
    Locator locator = single(kind, value, nameNode, exact == null ? false : exact);
    return ok && exact != null ? locator : null;
  }

  private @Nullable Locator single(
      String kind, Node value, @Nullable Node nameNode, boolean exact) {
    return switch (kind) {
      case "selector" -> ifText(templates.text(value, kind), s -> new Locator.Selector(s));
      case "role" -> role(value, nameNode, exact);
      case "label" -> ifText(templates.text(value, kind), s -> new Locator.ByLabel(s, exact));
      case "text" -> ifText(templates.text(value, kind), s -> new Locator.ByText(s, exact));
      case "testid" -> ifText(templates.text(value, kind), s -> new Locator.ByTestId(s));
      case "placeholder" ->
          ifText(templates.text(value, kind), s -> new Locator.ByPlaceholder(s, exact));
      default -> any(value);
    };
  }

  private @Nullable Locator role(Node value, @Nullable Node nameNode, boolean exact) {
    String role = scalars.literal(value, "role");
    String name = nameNode == null ? null : templates.text(nameNode, "name");
    if (role == null || (nameNode != null && name == null)) {
      return null;
    }
    String lower = role.toLowerCase(Locale.ROOT);
    if (!AriaRoles.NAMES.contains(lower)) {
      problems.at(value, Messages.unknown("role", role, AriaRoles.NAMES));
      return null;
    }
    return new Locator.ByRole(lower, name, exact);
  }

  private @Nullable Locator any(Node value) {
    if (!(value instanceof SequenceNode sequenceNode) || sequenceNode.getValue().isEmpty()) {
      problems.at(
          value,
          "'any' needs a list of locators to try in order, got "
              + (value instanceof SequenceNode ? "an empty list" : Messages.kind(value)));
      return null;
    }
    List<Locator> candidates = new ArrayList<>();
    boolean ok = true;
    for (Node item : sequenceNode.getValue()) {
      Locator l = read(item, "any");
      ok &= l != null;
      if (l != null) {
        candidates.add(l);
      }
    }
    return ok ? new Locator.AnyOf(candidates) : null;
  }

  private static @Nullable Locator ifText(@Nullable String text, Function<String, Locator> make) {
    return text == null ? null : make.apply(text);
  }
}
