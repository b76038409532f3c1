package dev.errand.recipe;

import java.util.function.UnaryOperator;

/**
 * A page state: used by {@code wait-for}, {@code expect}, {@code when} and {@code handoff.until}.
 */
public sealed interface Condition {

  String describe();

  Condition resolve(UnaryOperator<String> resolver);

  /**
   * An element is attached and visible. {@code {text: ...}} is {@code visible} of a text locator.
   */
  record Visible(Locator locator) implements Condition {
    @Override
    public String describe() {
      return "visible " + locator.describe();
    }

    @Override
    public Condition resolve(UnaryOperator<String> r) {
      return new Visible(locator.resolve(r));
    }
  }

  /** No visible element matches. */
  record Hidden(Locator locator) implements Condition {
    @Override
    public String describe() {
      return "hidden " + locator.describe();
    }

    @Override
    public Condition resolve(UnaryOperator<String> r) {
      return new Hidden(locator.resolve(r));
    }
  }

  /**
   * The page URL matches a glob ({@code **}/checkout, {@code *} within a path segment) or, when
   * written {@code /regex/}, a regular expression.
   */
  record UrlMatches(String pattern) implements Condition {
    @Override
    public String describe() {
      return "url " + pattern;
    }

    @Override
    public Condition resolve(UnaryOperator<String> r) {
      return new UrlMatches(r.apply(pattern));
    }
  }
}
