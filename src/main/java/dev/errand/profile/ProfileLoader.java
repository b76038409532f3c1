package dev.errand.profile;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.errand.text.InputLimits;
import dev.errand.text.Suggestions;
import dev.errand.timing.DurationParseException;
import dev.errand.timing.DurationParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads {@code profiles/NAME.conf} (HOCON) over the documented defaults in {@code reference.conf},
 * collecting every problem (unknown keys with a did-you-mean, wrong types) with its line.
 */
public final class ProfileLoader {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  static final List<String> PRESETS = List.of("json", "ntfy", "slack", "discord");

  /** Sections whose keys are the person's own. */
  private static final Set<String> OPEN_SECTIONS = Set.of("person", "secrets");

  private final Path profilesDir;
  private final Path errandHome;
  private final Config reference;

  public ProfileLoader(Path profilesDir, Path errandHome) {
    this.profilesDir = profilesDir;
    this.errandHome = errandHome;
    this.reference =
        ConfigFactory.parseResources(
            ProfileLoader.class.getClassLoader(),
            "reference.conf",
            ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF));
  }

  /** The profiles found in the profiles folder, by name. */
  public List<String> available() {
    if (!Files.isDirectory(profilesDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(profilesDir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".conf"))
          .map(n -> n.substring(0, n.length() - ".conf".length()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      return List.of();
    }
  }

  public Path fileOf(String name) {
    return profilesDir.resolve(name + ".conf");
  }

  /**
   * What to do about a missing profile {@code file}: copy the example; or, in a folder without
   * profiles, find the right folder.
   */
  private String howToMake(Path file, List<String> known) {
    Path example = profilesDir.resolve("example.conf");
    if (Files.isRegularFile(example) && !example.equals(file)) {
      return " Copy " + example + " to " + file + " to make one.";
    }
    return known.isEmpty()
        ? ". Run errand from its own folder (profiles/ is there), or point ERRAND_PROFILES at a"
            + " folder of profiles."
        : "";
  }

  public Profile load(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new ProfileException(
          List.of("bad profile name '" + name + "': use letters, digits, '-', '_'"));
    }
    Path file = fileOf(name);
    if (!Files.isRegularFile(file)) {
      List<String> known = available();
      String hint =
          Suggestions.closest(name, known)
              .map(c -> " — did you mean '" + c + "'?")
              .orElse(known.isEmpty() ? "" : "; profiles here: " + String.join(", ", known) + ".");
      throw new ProfileException(
          List.of(
              ("no profile '"
                      + name
                      + "' (looked for "
                      + file
                      + ")"
                      + hint
                      + howToMake(file, known))
                  .strip()));
    }
    try {
      long size = Files.size(file);
      if (size > InputLimits.MAX_BYTES) {
        throw new ProfileException(List.of(file + ": " + InputLimits.tooBig("profile", size)));
      }
    } catch (IOException e) {
      throw new ProfileException(List.of(file + ": cannot read the profile: " + e.getMessage()));
    }
    Config user;
    try {
      user =
          ConfigFactory.parseFile(
              file.toFile(),
              ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
    } catch (ConfigException e) {
      throw new ProfileException(List.of(plain(file, e)));
    }
    return build(name, file, user);
  }

  /** Builds a profile from already-parsed HOCON (used by {@link #load} and tests). */
  Profile build(String name, Path file, Config user) {
    List<String> problems = new ArrayList<>();
    checkKnownKeys(file, user, problems);
    Config merged;
    try {
      merged = user.withFallback(reference).resolve();
    } catch (ConfigException.UnresolvedSubstitution e) {
      throw new ProfileException(List.of(plain(file, e) + UnsetVariable.hint(e)));
    } catch (ConfigException e) {
      throw new ProfileException(List.of(plain(file, e)));
    }
    Values values = new Values(file, merged, problems);
    Profile profile =
        new Profile(
            name,
            Optional.ofNullable(file),
            values.strings("person"),
            values.strings("secrets"),
            new Profile.Browser(
                values.string("browser.executable"),
                values.headless("browser.headless"),
                Optional.of(values.string("browser.data-dir"))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .or(
                        () ->
                            Optional.of(
                                errandHome.resolve("profiles").resolve(name).resolve("browser"))),
                values.stringList("browser.args"),
                values.duration("browser.step-timeout")),
            values.positiveInt("limits.max-quantity"),
            values.duration("timing.lead"),
            values.bool("timing.sync-clock"),
            values.duration("handoff.timeout"),
            values.port("handoff.remote-port"),
            new Profile.Notify(
                values.bool("notify.terminal-bell"),
                values.bool("notify.desktop"),
                values.bool("notify.sound"),
                values.webhooks("notify.webhooks")),
            Path.of(values.string("attempts.dir")),
            values.bool("attempts.trace"),
            unsetSecrets(user, values.strings("secrets").keySet()),
            new Profile.HandoffPage(
                values.bool("handoff.page.enabled"),
                values.string("handoff.page.address"),
                values.port("handoff.page.port").orElse(0),
                values.pageTls("handoff.page.tls")));
    if (!problems.isEmpty()) {
      throw new ProfileException(problems);
    }
    return profile;
  }

  private void checkKnownKeys(Path file, Config user, List<String> problems) {
    Set<String> known =
        reference.entrySet().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    for (Map.Entry<String, ConfigValue> e :
        new TreeMap<>(
                user.root().toConfig().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
            .entrySet()) {
      String key = e.getKey();
      String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (OPEN_SECTIONS.contains(section) || known.contains(key)) {
        continue;
      }
      String hint =
          Suggestions.closest(key, known).map(s -> " — did you mean '" + s + "'?").orElse("");
      problems.add(where(file, e.getValue()) + "unknown key '" + key + "'" + hint);
    }
  }

  static String where(Path file, ConfigValue value) {
    int line = value == null ? -1 : value.origin().lineNumber();
    return file + (line > 0 ? ":" + line : "") + ": ";
  }

  /** Typesafe's message without its own origin prefix, with ours. */
  static String plain(Path file, ConfigException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.toString());
    int line = e.origin() == null ? -1 : e.origin().lineNumber();
    int colon = message.indexOf(": ");
    if (e.origin() != null && colon > 0 && message.startsWith(e.origin().description())) {
      message = message.substring(e.origin().description().length() + 2);
    } else if (colon > 0 && message.contains(".conf")) {
      message = message.substring(colon + 2);
    }
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }

  /** The secrets read from an environment variable that left them unset: name → variable. */
  private static Map<String, String> unsetSecrets(Config user, Set<String> set) {
    Map<String, String> unset = new TreeMap<>(SecretVariables.in(user));
    unset.keySet().removeAll(set);
    return unset;
  }

  /** Typed reads that record a problem instead of throwing. */
  private static final class Values {
    private final Path file;
    private final Config config;
    private final List<String> problems;

    Values(Path file, Config config, List<String> problems) {
      this.file = file;
      this.config = config;
      this.problems = problems;
    }

    String string(String path) {
      try {
        return config.getString(path);
      } catch (ConfigException e) {
        problems.add(plain(file, e));
        return "";
      }
    }

    boolean bool(String path) {
      try {
        return config.getBoolean(path);
      } catch (ConfigException e) {
        problems.add(plain(file, e));
        return false;
      }
    }

    int positiveInt(String path) {
      try {
        int value = config.getInt(path);
        if (value < 1) {
          problems.add(
              where(file, config.getValue(path))
                  + "'"
                  + path
                  + "' must be 1 or more, got "
                  + value);
        }
        return value;
      } catch (ConfigException e) {
        problems.add(plain(file, e));
        return 1;
      }
    }

    /** In errand's one duration grammar ({@link DurationParser}), as in recipes and options. */
    Duration duration(String path) {
      try {
        return DurationParser.parse(config.getString(path));
      } catch (DurationParseException e) {
        problems.add(where(file, config.getValue(path)) + "'" + path + "': " + e.getMessage());
      } catch (ConfigException e) {
        problems.add(plain(file, e));
      }
      return Duration.ofSeconds(1);
    }

    /** {@code off} (or empty) for none, else a port: 1..65535, or 0 for any free one. */
    OptionalInt port(String path) {
      String value = string(path).trim().toLowerCase(java.util.Locale.ROOT);
      if (value.isEmpty() || value.equals("off") || value.equals("false") || value.equals("no")) {
        return OptionalInt.empty();
      }
      try {
        int port = Integer.parseInt(value);
        if (port >= 0 && port <= 65_535) {
          return OptionalInt.of(port);
        }
      } catch (NumberFormatException e) {
        // said below
      }
      problems.add(
          where(file, config.getValue(path))
              + "'"
              + path
              + "' must be off or a port (1–65535, or 0 for any free one), got '"
              + value
              + "'");
      return OptionalInt.empty();
    }

    Optional<Boolean> headless(String path) {
      String value = string(path).trim().toLowerCase(java.util.Locale.ROOT);
      return switch (value) {
        case "auto", "" -> Optional.empty();
        case "true", "yes", "on" -> Optional.of(true);
        case "false", "no", "off" -> Optional.of(false);
        default -> {
          problems.add(
              where(file, config.getValue(path))
                  + "'"
                  + path
                  + "' must be auto, true or false, got '"
                  + value
                  + "'");
          yield Optional.empty();
        }
      };
    }

    /** {@code [{url, preset}]}: http(s) URLs, a known preset or none (guessed from the host). */
    List<Profile.Webhook> webhooks(String path) {
      List<Profile.Webhook> out = new ArrayList<>();
      List<? extends Config> items;
      try {
        items = config.getConfigList(path);
      } catch (ConfigException e) {
        problems.add(plain(file, e));
        return out;
      }
      for (Config item : items) {
        String where = where(file, item.root());
        for (String key : item.root().keySet()) {
          if (!key.equals("url") && !key.equals("preset")) {
            problems.add(where + "unknown key '" + key + "' in a webhook: use url and preset");
          }
        }
        if (!item.hasPath("url")) {
          problems.add(where + "a webhook needs a url");
          continue;
        }
        String url = item.getString("url").trim();
        java.net.URI uri;
        try {
          uri = java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
          problems.add(where + "webhook url is not a URL");
          continue;
        }
        if (uri.getScheme() == null
            || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
            || uri.getHost() == null) {
          problems.add(where + "webhook url must be http(s)://…");
          continue;
        }
        String preset =
            item.hasPath("preset")
                ? item.getString("preset").trim().toLowerCase(java.util.Locale.ROOT)
                : "";
        if (!preset.isEmpty() && !PRESETS.contains(preset)) {
          problems.add(
              where
                  + "unknown webhook preset '"
                  + preset
                  + "'"
                  + Suggestions.closest(preset, PRESETS)
                      .map(s -> " — did you mean '" + s + "'?")
                      .orElse("")
                  + " (json, ntfy, slack, discord)");
          continue;
        }
        out.add(new Profile.Webhook(uri, preset));
      }
      return out;
    }

    /**
     * The page's certificate and key ({@code PATH.certificate}, {@code PATH.key}): both or neither;
     * PEM files, relative to the profile's folder; read and checked now.
     */
    Optional<PageTls> pageTls(String path) {
      String certKey = path + ".certificate";
      String keyKey = path + ".key";
      String cert = string(certKey).trim();
      String key = string(keyKey).trim();
      if (cert.isEmpty() && key.isEmpty()) {
        return Optional.empty();
      }
      if (cert.isEmpty() || key.isEmpty()) {
        String set = cert.isEmpty() ? keyKey : certKey;
        String unset = cert.isEmpty() ? certKey : keyKey;
        problems.add(
            where(file, config.getValue(set))
                + "'"
                + unset
                + "' must be set too: TLS needs both the certificate and its key");
        return Optional.empty();
      }
      try {
        return Optional.of(PageTls.read(resolve(cert), resolve(key)));
      } catch (PageTls.Problem e) {
        String at = e.inKey() ? keyKey : certKey;
        problems.add(where(file, config.getValue(at)) + "'" + at + "': " + e.getMessage());
        return Optional.empty();
      }
    }

    /** A path the profile names: {@code ~/…} in the home folder, else relative to the profile. */
    private Path resolve(String name) {
      if (name.equals("~") || name.startsWith("~/")) {
        return Path.of(System.getProperty("user.home"))
            .resolve(name.substring(Math.min(2, name.length())));
      }
      Path folder = file.toAbsolutePath().getParent();
      return folder == null ? Path.of(name) : folder.resolve(name);
    }

    List<String> stringList(String path) {
      try {
        return config.getStringList(path);
      } catch (ConfigException e) {
        problems.add(plain(file, e));
        return List.of();
      }
    }

    /** A section flattened to dotted keys; every leaf must be a string, number or boolean. */
    Map<String, String> strings(String section) {
      Map<String, String> out = new TreeMap<>();
      if (!config.hasPath(section)) {
        return out;
      }
      for (Map.Entry<String, ConfigValue> e : config.getConfig(section).entrySet()) {
        ConfigValueType type = e.getValue().valueType();
        if (type == ConfigValueType.STRING
            || type == ConfigValueType.NUMBER
            || type == ConfigValueType.BOOLEAN) {
          out.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
        } else {
          problems.add(
              where(file, e.getValue()) + "'" + section + "." + e.getKey() + "' must be text");
        }
      }
      return out;
    }
  }
}
