package dev.errand.profile;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which environment variable each secret of a profile file is read from ({@code shop-password =
 * ${?SHOP_PASSWORD}}), read before substitution, so that a secret whose variable is not set can
 * name the variable to set.
 */
final class SecretVariables {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{\\??\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private SecretVariables() {}

  /** Secret name (dotted) → the variable its value is read from, for the secrets that are. */
  static Map<String, String> in(Config unresolved) {
    Map<String, String> out = new TreeMap<>();
    ConfigValue secrets = unresolved.root().get("secrets");
    if (secrets instanceof ConfigObject object) {
      walk("", object, out);
    }
    return out;
  }

  private static void walk(String prefix, ConfigObject object, Map<String, String> out) {
    for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
      String name = prefix + e.getKey();
      ConfigValue value = e.getValue();
      // (an unresolved reference's valueType() throws: only instanceof and render() are safe)
      if (value instanceof ConfigObject inner) {
        walk(name + ".", inner, out);
        continue;
      }
      Matcher m = REFERENCE.matcher(value.render());
      if (m.matches()) {
        out.put(name, m.group(1));
      }
    }
  }
}
