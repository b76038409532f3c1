package dev.errand.recipe.parse;

import dev.errand.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Checks the {@code ${…}} variables in a text field: syntax, that each names a declared input, a
 * profile key or secret the {@link VariableScope} knows, {@code site} or {@code quantity}; and that
 * secrets appear only where they stay masked.
 */
final class TemplateChecker {

  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  private final Scalars scalars;
  private final Problems problems;
  private final Set<String> inputs;
  private final VariableScope scope;
  private final List<String> known = new ArrayList<>();

  TemplateChecker(Scalars scalars, Set<String> inputs, VariableScope scope) {
    this.scalars = scalars;
    this.problems = scalars.problems();
    this.inputs = Set.copyOf(inputs);
    this.scope = scope;
    inputs.forEach(n -> known.add(Variables.INPUTS + n));
    scope.profileKeys().stream().sorted().forEach(k -> known.add(Variables.PROFILE + k));
    scope.secretNames().stream().sorted().forEach(k -> known.add(Variables.SECRETS + k));
    known.add(Variables.SITE);
    known.add(Variables.QUANTITY);
  }

  /** Non-empty text whose variables are checked; secrets are refused. */
  @Nullable String text(Node node, String field) {
    String t = scalars.text(node, field);
    check(node, t, field, false);
    return t;
  }

  /** Text (possibly empty) whose variables are checked; secrets are allowed. */
  @Nullable String secretText(Node node, String field, boolean allowEmpty) {
    String t = allowEmpty ? scalars.textOrEmpty(node, field) : scalars.text(node, field);
    check(node, t, field, true);
    return t;
  }

  private void check(Node node, @Nullable String value, String field, boolean secretsAllowed) {
    if (value == null) {
      return;
    }
    ScalarNode scalar = (ScalarNode) node;
    Template t = Template.parse(value);
    for (Template.Problem p : t.problems()) {
      problems.at(problems.source().pos(scalar, p.start()), p.message());
    }
    for (Template.Ref ref : t.refs()) {
      String message = problem(ref.name(), field, secretsAllowed);
      if (message != null) {
        problems.at(problems.source().pos(scalar, ref.start()), message);
      }
    }
  }

  private @Nullable String problem(String name, String field, boolean secretsAllowed) {
    if (!isKnown(name)) {
      return "unknown variable '${" + name + "}'" + hint(name);
    }
    if (Variables.isSecret(name) && !secretsAllowed) {
      return "'${"
          + name
          + "}' can't be used in '"
          + field
          + "': secrets may only be typed as a fill 'value' or a select 'option', where they stay"
          + " masked";
    }
    return null;
  }

  private boolean isKnown(String name) {
    if (name.equals(Variables.SITE) || name.equals(Variables.QUANTITY)) {
      return true;
    }
    if (name.startsWith(Variables.INPUTS)) {
      return inputs.contains(name.substring(Variables.INPUTS.length()));
    }
    String rest;
    if (name.startsWith(Variables.PROFILE)) {
      rest = name.substring(Variables.PROFILE.length());
      return PATH.matcher(rest).matches() && scope.hasProfileKey(rest);
    }
    if (name.startsWith(Variables.SECRETS)) {
      rest = name.substring(Variables.SECRETS.length());
      return PATH.matcher(rest).matches() && scope.hasSecret(rest);
    }
    return false;
  }

  /**
   * A known name close to {@code name}: with a known root ({@code inputs.}, …) only the part after
   * the root is compared, so long shared prefixes don't make far-off names look close.
   */
  private @Nullable String closeName(String name) {
    for (String root : List.of(Variables.INPUTS, Variables.PROFILE, Variables.SECRETS)) {
      if (name.startsWith(root)) {
        List<String> rests = new ArrayList<>();
        for (String k : known) {
          if (k.startsWith(root)) {
            rests.add(k.substring(root.length()));
          }
        }
        return Suggestions.closest(name.substring(root.length()), rests)
            .map(r -> root + r)
            .orElse(null);
      }
    }
    return Suggestions.closest(name, known).orElse(null);
  }

  private String hint(String name) {
    if (name.startsWith(Variables.SECRETS)) {
      String secret = name.substring(Variables.SECRETS.length());
      String variable = scope.unsetSecrets().get(secret);
      if (variable != null) {
        return ": the profile reads it from the environment variable "
            + variable
            + ", which is not set; set "
            + variable
            + " and run again";
      }
    }
    String close = closeName(name);
    if (close != null) {
      return " — did you mean '${" + close + "}'?";
    }
    if (name.startsWith(Variables.INPUTS)) {
      return ": declare '" + name.substring(Variables.INPUTS.length()) + "' under 'inputs:'";
    }
    if (name.startsWith(Variables.PROFILE)) {
      return ": the profile has no key '" + name.substring(Variables.PROFILE.length()) + "'";
    }
    if (name.startsWith(Variables.SECRETS)) {
      return ": the profile has no secret '" + name.substring(Variables.SECRETS.length()) + "'";
    }
    return ": variables are ${inputs.…}, ${profile.…}, ${secrets.…}, ${site} and ${quantity}";
  }
}
