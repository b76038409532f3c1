package dev.errand.check;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.util.regex.Pattern;

/**
 * The recipe line that would do what {@code step} does on {@code locator}, in errand's YAML ({@code
 * click: {role: button, name: Add to basket}}); what the step carries besides its target (a value,
 * an option, a key) shows as {@code …}, to be kept from the recipe's line.
 */
final class YamlLine {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][^:{}\\[\\],#&*!|>'\"%@`]*");

  private YamlLine() {}

  static String of(Step step, Locator locator) {
    String fields = fields(locator);
    if (step instanceof Step.Fill) {
      return "fill: {" + fields + ", value: …}";
    } else if (step instanceof Step.Select) {
      return "select: {" + fields + ", option: …}";
    } else if (step instanceof Step.Press p) {
      return "press: {key: " + scalar(p.key()) + ", " + fields + "}";
    } else if (step instanceof Step.Check c) {
      return (c.checked() ? "check: {" : "check: {checked: false, ") + fields + "}";
    } else if (step instanceof Step.WaitFor w) {
      return "wait-for: {" + state(w.condition()) + ": {" + fields + "}}";
    } else if (step instanceof Step.Expect e) {
      return "expect: {" + state(e.condition()) + ": {" + fields + "}}";
    }
    return step.type() + ": {" + fields + "}";
  }

  private static String state(Condition c) {
    return c instanceof Condition.Hidden ? "hidden" : "visible";
  }

  /** The locator's keys, as in a flow map without its braces. */
  static String fields(Locator l) {
    if (l instanceof Locator.ByRole r) {
      return "role: "
          + r.role()
          + (r.name() == null ? "" : ", name: " + scalar(r.name()))
          + (r.exact() ? ", exact: true" : "");
    } else if (l instanceof Locator.ByLabel b) {
      return "label: " + scalar(b.label());
    } else if (l instanceof Locator.ByText t) {
      return "text: " + scalar(t.text());
    } else if (l instanceof Locator.ByPlaceholder p) {
      return "placeholder: " + scalar(p.placeholder());
    } else if (l instanceof Locator.ByTestId t) {
      return "testid: " + scalar(t.testId());
    } else if (l instanceof Locator.AnyOf any) {
      return "any: ["
          + String.join(", ", any.candidates().stream().map(c -> "{" + fields(c) + "}").toList())
          + "]";
    } else if (l instanceof Locator.InFrame f) {
      return fields(f.inner()) + ", frame: " + scalar(f.frameSelector());
    }
    return "selector: " + scalar(((Locator.Selector) l).selector());
  }

  /** A YAML scalar: plain where YAML reads it back as the same text, else double-quoted. */
  static String scalar(String s) {
    boolean plain =
        PLAIN.matcher(s).matches()
            && !s.endsWith(" ")
            && !s.contains(" #")
            && !s.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9.]+");
    return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
