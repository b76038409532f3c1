package dev.errand.recipe;

/**
 * A text a step types or selects. Before resolution it holds the template ({@code
 * ${profile.email}}); after, the value, marked secret when any part came from {@code ${secrets.…}}
 * so that no description, log or journal ever shows it.
 */
public record Value(String text, boolean secret) {

  public static Value of(String text) {
    return new Value(text, false);
  }

  /** Safe to print: secrets are masked. */
  public String describe() {
    return secret ? "'••••••'" : "'" + text + "'";
  }

  @Override
  public String toString() {
    return describe();
  }
}
