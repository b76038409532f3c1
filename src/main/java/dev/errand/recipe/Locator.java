package dev.errand.recipe;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where on the page a step acts. Recipes write Playwright selector strings or the user-facing forms
 * ({@code {role, name}}, {@code {label}}, {@code {text}}, {@code {testid}}, {@code {placeholder}});
 * {@code any: [...]} lists fallbacks in order; {@code frame:} scopes any of them to an iframe.
 */
public sealed interface Locator {

  /** A short, YAML-like description used by the console, the journal and error messages. */
  String describe();

  /** A copy with every text field passed through {@code resolver} (variable substitution). */
  Locator resolve(UnaryOperator<String> resolver);

  /** A Playwright selector string ({@code "#buy"}, {@code "text=Buy"}, {@code "css=..."}). */
  record Selector(String selector) implements Locator {
    @Override
    public String describe() {
      return quote(selector);
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new Selector(r.apply(selector));
    }
  }

  /** An ARIA role with an optional accessible name ({@code {role: button, name: Buy}}). */
  record ByRole(String role, @Nullable String name, boolean exact) implements Locator {
    @Override
    public String describe() {
      return name == null
          ? "{role: " + role + "}"
          : "{role: " + role + ", name: " + quote(name) + (exact ? ", exact: true" : "") + "}";
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new ByRole(role, name == null ? null : r.apply(name), exact);
    }
  }

  /** A form control by its label text. */
  record ByLabel(String label, boolean exact) implements Locator {
    @Override
    public String describe() {
      return "{label: " + quote(label) + "}";
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new ByLabel(r.apply(label), exact);
    }
  }

  /** An element by its visible text. */
  record ByText(String text, boolean exact) implements Locator {
    @Override
    public String describe() {
      return "{text: " + quote(text) + "}";
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new ByText(r.apply(text), exact);
    }
  }

  /** An element by its {@code data-testid} attribute. */
  record ByTestId(String testId) implements Locator {
    @Override
    public String describe() {
      return "{testid: " + quote(testId) + "}";
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new ByTestId(r.apply(testId));
    }
  }

  /** An input by its placeholder. */
  record ByPlaceholder(String placeholder, boolean exact) implements Locator {
    @Override
    public String describe() {
      return "{placeholder: " + quote(placeholder) + "}";
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new ByPlaceholder(r.apply(placeholder), exact);
    }
  }

  /** Fallbacks tried in order; the one that matched is recorded. */
  record AnyOf(List<Locator> candidates) implements Locator {
    public AnyOf {
      candidates = List.copyOf(candidates);
    }

    @Override
    public String describe() {
      return candidates.stream()
          .map(Locator::describe)
          .collect(Collectors.joining(" | ", "any[", "]"));
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new AnyOf(candidates.stream().map(c -> c.resolve(r)).toList());
    }
  }

  /** {@code inner} looked up inside the iframe that {@code frameSelector} matches. */
  record InFrame(String frameSelector, Locator inner) implements Locator {
    @Override
    public String describe() {
      return inner.describe() + " in frame " + quote(frameSelector);
    }

    @Override
    public Locator resolve(UnaryOperator<String> r) {
      return new InFrame(r.apply(frameSelector), inner.resolve(r));
    }
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }
}
