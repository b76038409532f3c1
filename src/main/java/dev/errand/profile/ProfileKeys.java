package dev.errand.profile;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every profile key with its default and its meaning, read from the comments of {@code
 * reference.conf} (and of the example profile where reference.conf says nothing), so that a key
 * added there is listed with no list of its own. A key without a comment of its own takes its
 * section's.
 */
public final class ProfileKeys {

  /**
   * One key: its dotted path, its default as written in HOCON, what it means, and whether that
   * meaning is the key's own comment (else its section's).
   */
  public record Key(String path, String defaultValue, String meaning, boolean own) {

    /** The top-level section the key belongs to ({@code person}, {@code browser}, …). */
    public String section() {
      int dot = path.indexOf('.');
      return dot < 0 ? path : path.substring(0, dot);
    }
  }

  private ProfileKeys() {}

  /** Every key of reference.conf, in the file's order. */
  public static List<Key> all() {
    Config reference = parse("reference.conf");
    Config example = parse("bundled/profiles/example.conf");
    List<Key> keys = new ArrayList<>();
    walk(reference.root(), example, "", "", keys);
    return keys;
  }

  /** The comment of a top-level section, e.g. "person": what its keys are for. */
  public static String sectionMeaning(String section) {
    ConfigValue v = parse("reference.conf").root().get(section);
    return v == null ? "" : comment(v);
  }

  private static void walk(
      ConfigObject object, Config example, String prefix, String inherited, List<Key> out) {
    for (String name : orderOf(object)) {
      ConfigValue value = java.util.Objects.requireNonNull(object.get(name));
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      String own = comment(value);
      if (own.isEmpty() && example.hasPath(path)) {
        own = comment(example.getValue(path));
      }
      if (value instanceof ConfigObject child && child.isEmpty()) {
        out.add(new Key(path, "{}", own.isEmpty() ? inherited : own, !own.isEmpty()));
      } else if (value instanceof ConfigObject child) {
        walk(child, example, path, own.isEmpty() ? inherited : own, out);
      } else {
        String meaning = own.isEmpty() ? inherited : own;
        out.add(new Key(path, render(value), meaning, !own.isEmpty()));
      }
    }
  }

  /** The keys in the order the file writes them (HOCON objects keep no order). */
  private static List<String> orderOf(ConfigObject object) {
    List<String> names = new ArrayList<>(object.keySet());
    names.sort(
        (a, b) -> {
          ConfigValue va = object.get(a);
          ConfigValue vb = object.get(b);
          int la = va == null ? 0 : va.origin().lineNumber();
          int lb = vb == null ? 0 : vb.origin().lineNumber();
          return Integer.compare(la, lb);
        });
    return names;
  }

  private static String comment(ConfigValue value) {
    List<String> lines = value.origin().comments();
    return String.join(" ", lines.stream().map(String::strip).toList()).strip();
  }

  private static String render(ConfigValue value) {
    if (value instanceof ConfigList list && list.isEmpty()) {
      return "[]";
    }
    return value.render(ConfigRenderOptions.concise());
  }

  private static Config parse(String resource) {
    return ConfigFactory.parseResources(
        ProfileKeys.class.getClassLoader(),
        resource,
        ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF));
  }

  /** The keys by path, for look-ups. */
  static Map<String, Key> byPath() {
    Map<String, Key> out = new java.util.LinkedHashMap<>();
    all().forEach(k -> out.put(k.path(), k));
    return out;
  }
}
