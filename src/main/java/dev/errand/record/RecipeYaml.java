package dev.errand.record;

import dev.errand.recipe.Locator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes recipe pieces in errand's YAML as a person would: flow maps on one line ({@code {role:
 * button, name: Add to basket}}), plain scalars where YAML reads them back as the same text, double
 * quotes otherwise ({@code "${profile.email}"}, {@code "I'm not a robot"}).
 */
public final class RecipeYaml {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9 ._/()&+-]*");
  private static final Set<String> WORDS =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private RecipeYaml() {}

  /** {@code text} as a YAML scalar: plain where safe, else double-quoted. */
  public static String scalar(String text) {
    if (PLAIN.matcher(text).matches()
        && !text.endsWith(" ")
        && !text.contains(" #")
        && !WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The locator as the keys of a flow map, without braces ({@code role: button, name: Buy}). */
  public static String fields(Locator locator) {
    if (locator instanceof Locator.ByRole r) {
      return "role: "
          + scalar(r.role())
          + (r.name() == null ? "" : ", name: " + scalar(r.name()))
          + (r.exact() ? ", exact: true" : "");
    } else if (locator instanceof Locator.ByLabel l) {
      return "label: " + scalar(l.label()) + (l.exact() ? ", exact: true" : "");
    } else if (locator instanceof Locator.ByText t) {
      return "text: " + scalar(t.text()) + (t.exact() ? ", exact: true" : "");
    } else if (locator instanceof Locator.ByTestId t) {
      return "testid: " + scalar(t.testId());
    } else if (locator instanceof Locator.ByPlaceholder p) {
      return "placeholder: " + scalar(p.placeholder()) + (p.exact() ? ", exact: true" : "");
    } else if (locator instanceof Locator.Selector s) {
      return "selector: " + scalar(s.selector());
    } else if (locator instanceof Locator.AnyOf any) {
      return "any: ["
          + any.candidates().stream().map(RecipeYaml::alone).collect(Collectors.joining(", "))
          + "]";
    } else if (locator instanceof Locator.InFrame f) {
      return fields(f.inner()) + ", frame: " + scalar(f.frameSelector());
    }
    throw new IllegalArgumentException("no YAML for " + locator.describe());
  }

  /** The locator written on its own: a selector string, or a flow map. */
  public static String alone(Locator locator) {
    if (locator instanceof Locator.Selector s) {
      return scalar(s.selector());
    }
    return "{" + fields(locator) + "}";
  }
}
