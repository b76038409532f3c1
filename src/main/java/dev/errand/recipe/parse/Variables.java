package dev.errand.recipe.parse;

import dev.errand.recipe.Value;
import dev.errand.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recipe variables: {@code ${inputs.<name>}}, {@code ${profile.<dotted.key>}}, {@code
 * ${secrets.<name>}}, {@code ${site}} and {@code ${quantity}}; <code>$${</code> is a literal <code>
 * ${</code>. Bindings are keyed by the full name ({@code "inputs.ticket-type"}, {@code
 * "profile.email"}, {@code "secrets.shop-password"}, {@code "site"}, {@code "quantity"}). Resolve a
 * template once: the result is plain text, not a template.
 */
public final class Variables {

  public static final String INPUTS = "inputs.";
  public static final String PROFILE = "profile.";
  public static final String SECRETS = "secrets.";
  public static final String SITE = "site";
  public static final String QUANTITY = "quantity";

  private Variables() {}

  /** The names referenced by {@code template}, in order (malformed references are skipped). */
  public static List<String> names(String template) {
    List<String> names = new ArrayList<>();
    for (Template.Ref ref : Template.parse(template).refs()) {
      names.add(ref.name());
    }
    return names;
  }

  /** Whether {@code template} holds any {@code ${…}} (well-formed or not). */
  public static boolean hasVariables(String template) {
    return !Template.markers(template).isEmpty();
  }

  /** Whether the variable {@code name} is a secret ({@code secrets.…}). */
  public static boolean isSecret(String name) {
    return name.startsWith(SECRETS);
  }

  /**
   * {@code text} with every <code>${</code> escaped as <code>$${</code>, so it resolves to itself.
   */
  public static String escape(String text) {
    return text.replace("${", "$${");
  }

  /**
   * {@code template} with its variables replaced from {@code bindings}; the value is {@link
   * Value#secret() secret} when any {@code secrets.} variable contributed.
   *
   * @throws IllegalArgumentException for a malformed template or a variable without a binding
   */
  public static Value resolve(String template, Map<String, String> bindings) {
    Template t = Template.parse(template);
    if (!t.problems().isEmpty()) {
      throw new IllegalArgumentException(
          "bad template '" + template + "': " + t.problems().get(0).message());
    }
    StringBuilder out = new StringBuilder();
    boolean secret = false;
    for (Template.Part part : t.parts()) {
      if (part instanceof Template.Literal literal) {
        out.append(literal.text());
        continue;
      }
      String name = ((Template.Ref) part).name();
      String value = bindings.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "no value for '${"
                + name
                + "}'"
                + Suggestions.didYouMean(name, bindings.keySet(), "${", "}"));
      }
      out.append(value);
      secret |= isSecret(name);
    }
    return new Value(out.toString(), secret);
  }
}
