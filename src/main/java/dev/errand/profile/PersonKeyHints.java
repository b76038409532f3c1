package dev.errand.profile;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import dev.errand.text.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The person's own keys that look like a misspelt documented one ({@code person.adress.city}): the
 * loader accepts any key under {@code person}, so such a key would silently never be read as the
 * documented one.
 */
public final class PersonKeyHints {

  private PersonKeyHints() {}

  /** One line per suspicious key, {@code FILE:LINE: key 'x' is not … — did you mean 'y'?}. */
  public static List<String> of(Path file) {
    Config user;
    try {
      user =
          ConfigFactory.parseFile(
              file.toFile(), ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF));
    } catch (ConfigException e) {
      return List.of(); // the loader reports a file it cannot read
    }
    Set<String> known =
        ProfileKeys.all().stream()
            .map(ProfileKeys.Key::path)
            .filter(k -> k.startsWith("person."))
            .collect(Collectors.toSet());
    List<String> hints = new ArrayList<>();
    Map<String, ConfigValue> entries = new TreeMap<>();
    user.root().toConfig().entrySet().forEach(e -> entries.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, ConfigValue> e : entries.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith("person.") || known.contains(key)) {
        continue;
      }
      Suggestions.closest(key, known)
          .ifPresent(
              s ->
                  hints.add(
                      ProfileLoader.where(file, e.getValue())
                          + "unknown key '"
                          + key
                          + "' — did you mean '"
                          + s
                          + "'? (a key of your own is fine; recipes read it as ${profile."
                          + key.substring("person.".length())
                          + "})"));
    }
    return hints;
  }
}
