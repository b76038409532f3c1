package dev.errand.profile;

import com.typesafe.config.ConfigException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What to do about a profile value read from an environment variable that is not set. */
final class UnsetVariable {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private UnsetVariable() {}

  /** {@code : set the environment variable X, …}, or nothing when the message names no variable. */
  static String hint(ConfigException.UnresolvedSubstitution e) {
    Matcher m = REFERENCE.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      return "";
    }
    String variable = m.group(1);
    return " (set the environment variable "
        + variable
        + ", or write ${?"
        + variable
        + "} to leave the key out when it is not set)";
  }
}
