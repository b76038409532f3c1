package dev.errand.browser.discovery;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.text.Suggestions;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the browser to drive, in this order: the browser setting (an executable's path, or a
 * channel: chrome, chrome-beta, msedge, chromium); else an installed Chrome, Chromium or Edge in
 * the usual places of Linux, macOS and Windows, then on PATH; else Playwright's own Chromium (which
 * Playwright downloads when missing, unless {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set).
 *
 * <p>The file system is reached only through the injected predicates, so the search order can be
 * tested on fake layouts.
 */
public final class BrowserFinder {

  /** The channel names accepted in the browser setting. */
  public static final List<String> CHANNELS =
      List.of("chrome", "chrome-beta", "msedge", "chromium");

  private static final Map<String, String> ALIASES =
      Map.of(
          "google-chrome", "chrome",
          "google chrome", "chrome",
          "googlechrome", "chrome",
          "chrome-stable", "chrome",
          "edge", "msedge",
          "microsoft-edge", "msedge",
          "microsoft edge", "msedge",
          "chromium-browser", "chromium",
          "beta", "chrome-beta",
          "chrome beta", "chrome-beta");

  private static final Set<String> NOT_CHROMIUM =
      Set.of("firefox", "safari", "webkit", "opera-gx", "librewolf");

  /**
   * What a search found.
   *
   * @param found the browser, or empty when none was found
   * @param looked the places looked at, in order, for messages
   */
  public record Result(Optional<FoundBrowser> found, List<String> looked) {

    public Result {
      looked = List.copyOf(looked);
    }

    /** The browser, or a {@link BrowserUnavailableException} that says what to install. */
    public FoundBrowser orElseThrow() {
      return found.orElseThrow(
          () ->
              new BrowserUnavailableException(
                  "No Chrome, Chromium or Edge found (looked in "
                      + String.join(", ", looked)
                      + "). Install Google Chrome or Chromium"
                      + installHint()
                      + ", or set the browser setting to the path of a Chromium-based browser."));
    }

    private String installHint() {
      return looked.stream().anyMatch(p -> p.startsWith("/usr/bin/"))
          ? " (Debian/Ubuntu: sudo apt install chromium)"
          : "";
    }
  }

  private final InstallLocations places;
  private final String home;
  private final Predicate<String> isExecutable;
  private final Function<String, List<String>> listDir;

  /**
   * A finder over an arbitrary (possibly fake) machine.
   *
   * @param osName a value like {@code os.name}: "Linux", "Mac OS X", "Windows 11"
   * @param env the environment (PATH, ProgramFiles, LOCALAPPDATA, PLAYWRIGHT_* …)
   * @param home the user's home directory
   * @param isExecutable whether a path names an executable file
   * @param listDir the entry names of a directory, empty when it does not exist
   */
  public BrowserFinder(
      String osName,
      Map<String, String> env,
      String home,
      Predicate<String> isExecutable,
      Function<String, List<String>> listDir) {
    this.places = new InstallLocations(HostOs.fromName(osName), env, home);
    this.home = home;
    this.isExecutable = isExecutable;
    this.listDir = listDir;
  }

  /** A finder over this machine. */
  public static BrowserFinder system() {
    return new BrowserFinder(
        System.getProperty("os.name", "Linux"),
        System.getenv(),
        System.getProperty("user.home", ""),
        BrowserFinder::isExecutableFile,
        BrowserFinder::listDirectory);
  }

  /**
   * Find the browser for {@code setting} (blank: any).
   *
   * @throws BrowserUnavailableException when the setting names no executable file, an unknown
   *     channel, or a channel that is not installed
   */
  public Result find(@Nullable String setting) {
    String s = setting == null ? "" : setting.trim();
    List<String> looked = new ArrayList<>();
    if (s.isEmpty()) {
      Optional<FoundBrowser> found =
          firstExecutable(places.anyBrowser(), looked)
              .or(() -> onPath(places.anyBrowserCommands(), looked))
              .map(FoundBrowser::atPath)
              .or(() -> bundled(looked));
      return new Result(found, looked);
    }
    if (looksLikePath(s)) {
      return new Result(Optional.of(fromPathSetting(s)), List.of(s));
    }
    String name = s.toLowerCase(Locale.ROOT);
    if (name.equals("chromium")) {
      Optional<FoundBrowser> found =
          firstExecutable(places.chromium(), looked)
              .or(() -> onPath(places.chromiumCommands(), looked))
              .map(FoundBrowser::atPath)
              .or(() -> bundled(looked));
      if (found.isEmpty()) {
        throw notInstalled(s, "Chromium", looked);
      }
      return new Result(found, looked);
    }
    if (CHANNELS.contains(name)) {
      return new Result(Optional.of(fromChannelSetting(s, name, looked)), looked);
    }
    Optional<String> command = onPath(List.of(s), looked);
    if (command.isPresent()) {
      return new Result(command.map(FoundBrowser::atPath), looked);
    }
    throw unknownSetting(s, name);
  }

  private FoundBrowser fromPathSetting(String s) {
    String path = s;
    if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
      path = home + path.substring(1);
    }
    if (places.os() == HostOs.MAC && path.endsWith(".app")) {
      String app = path.substring(path.lastIndexOf('/') + 1, path.length() - 4);
      path = path + "/Contents/MacOS/" + app;
    }
    if (!isExecutable.test(path)) {
      throw new BrowserUnavailableException(
          "browser setting '"
              + s
              + "': there is no executable file there. Give the full path of Chrome, Chromium"
              + " or Edge, or a channel ("
              + String.join(", ", CHANNELS)
              + "), or leave it empty to use the first one installed.");
    }
    return FoundBrowser.atPath(path);
  }

  private FoundBrowser fromChannelSetting(String s, String channel, List<String> looked) {
    for (String path : places.channel(channel)) {
      looked.add(path);
      if (isExecutable.test(path)) {
        return places.isPlaywrightChannelHome(path)
            ? FoundBrowser.channel(channel, path)
            : FoundBrowser.atPath(path);
      }
    }
    throw notInstalled(s, BrowserNames.fromChannel(channel), looked);
  }

  private Optional<FoundBrowser> bundled(List<String> looked) {
    String cache = places.playwrightCache();
    looked.add("Playwright's browsers in " + cache);
    boolean downloaded = listDir.apply(cache).stream().anyMatch(n -> n.startsWith("chromium-"));
    if (downloaded) {
      return Optional.of(FoundBrowser.bundled("in " + cache));
    }
    String skip = places.env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
    if (skip != null && !skip.equals("0") && !skip.equalsIgnoreCase("false")) {
      return Optional.empty();
    }
    return Optional.of(
        FoundBrowser.bundled("(not downloaded yet: Playwright will download it to " + cache + ")"));
  }

  private Optional<String> firstExecutable(List<String> paths, List<String> looked) {
    for (String path : paths) {
      if (!looked.contains(path)) {
        looked.add(path);
      }
      if (isExecutable.test(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  private Optional<String> onPath(List<String> commands, List<String> looked) {
    if (commands.isEmpty()) {
      return Optional.empty();
    }
    looked.add("PATH (" + String.join(", ", commands) + ")");
    for (String command : commands) {
      for (String dir : places.pathDirs()) {
        String path = places.os().join(dir, command);
        if (isExecutable.test(path)) {
          return Optional.of(path);
        }
      }
    }
    return Optional.empty();
  }

  private boolean looksLikePath(String s) {
    return s.contains("/")
        || s.contains("\\")
        || s.startsWith("~")
        || s.startsWith(".")
        || s.matches("^[A-Za-z]:.*");
  }

  private static BrowserUnavailableException notInstalled(
      String setting, String browser, List<String> looked) {
    return new BrowserUnavailableException(
        "browser setting '"
            + setting
            + "': "
            + browser
            + " is not installed (looked in "
            + String.join(", ", looked)
            + "). Install it, give the path of its executable, or leave the setting empty to use"
            + " any installed Chrome, Chromium or Edge.");
  }

  private static BrowserUnavailableException unknownSetting(String setting, String name) {
    String channels = String.join(", ", CHANNELS);
    if (NOT_CHROMIUM.contains(name)) {
      return new BrowserUnavailableException(
          "browser setting '"
              + setting
              + "': errand drives Chromium-based browsers only; use one of "
              + channels
              + ", or the path of a Chromium-based browser.");
    }
    Optional<String> guess =
        Optional.ofNullable(ALIASES.get(name)).or(() -> Suggestions.closest(name, CHANNELS));
    return new BrowserUnavailableException(
        "browser setting '"
            + setting
            + "' is neither an executable file nor a known channel"
            + guess.map(g -> "; did you mean '" + g + "'?").orElse(".")
            + " Use the path of the browser's executable, or one of: "
            + channels
            + ".");
  }

  static boolean isExecutableFile(String path) {
    try {
      Path p = Path.of(path);
      return Files.isRegularFile(p) && Files.isExecutable(p);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  static List<String> listDirectory(String dir) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(dir))) {
      for (Path e : entries) {
        names.add(e.getFileName().toString());
      }
    } catch (IOException | InvalidPathException e) {
      return List.of();
    }
    return names;
  }
}
