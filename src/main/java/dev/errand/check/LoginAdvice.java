package dev.errand.check;

import dev.errand.recipe.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * How to refresh a login that has expired in errand's browser: a handoff at the top of {@code arm},
 * taken only while the recipe's {@code logged-in:} condition does not hold, so that {@code errand
 * run} gives the person the browser to log in while it arms; the profile's browser keeps the login
 * for later runs and checks.
 */
final class LoginAdvice {

  private LoginAdvice() {}

  static List<String> lines(Condition loggedIn) {
    List<String> out = new ArrayList<>();
    out.add("the site's login has expired in errand's browser (the profile's browser data)");
    out.add("to log in again when errand arms, put first in arm:");
    out.add("  - handoff: {reason: other, message: Log in, until: " + yaml(loggedIn) + "}");
    negated(loggedIn).ifPresent(n -> out.add("    when: " + n));
    out.add("errand run then hands you the browser to log in; the login stays for later runs");
    return out;
  }

  static String yaml(Condition c) {
    if (c instanceof Condition.Visible v) {
      return "{visible: {" + YamlLine.fields(v.locator()) + "}}";
    } else if (c instanceof Condition.Hidden h) {
      return "{hidden: {" + YamlLine.fields(h.locator()) + "}}";
    }
    return "{url: " + YamlLine.scalar(((Condition.UrlMatches) c).pattern()) + "}";
  }

  private static java.util.Optional<String> negated(Condition c) {
    if (c instanceof Condition.Visible v) {
      return java.util.Optional.of("{hidden: {" + YamlLine.fields(v.locator()) + "}}");
    } else if (c instanceof Condition.Hidden h) {
      return java.util.Optional.of("{visible: {" + YamlLine.fields(h.locator()) + "}}");
    }
    return java.util.Optional.empty();
  }
}
