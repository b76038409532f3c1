package dev.errand.browser.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Where Chrome, Chromium and Edge are usually installed on one operating system, in the order
 * errand prefers them, and where Playwright keeps its own browsers.
 */
final class InstallLocations {

  private final HostOs os;
  private final Map<String, String> env;
  private final String home;

  InstallLocations(HostOs os, Map<String, String> env, String home) {
    this.os = os;
    this.home = home;
    if (os == HostOs.WINDOWS) {
      Map<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      ci.putAll(env);
      this.env = ci;
    } else {
      this.env = Map.copyOf(env);
    }
  }

  HostOs os() {
    return os;
  }

  @Nullable String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  /** Fixed places of any supported browser, best first. */
  List<String> anyBrowser() {
    List<String> all = new ArrayList<>();
    switch (os) {
      case LINUX -> {
        all.add("/usr/bin/google-chrome-stable");
        all.add("/usr/bin/google-chrome");
        all.add("/opt/google/chrome/chrome");
        all.addAll(chromium());
        all.add("/usr/bin/microsoft-edge-stable");
        all.add("/usr/bin/microsoft-edge");
        all.add("/opt/microsoft/msedge/msedge");
      }
      case MAC -> {
        all.addAll(channel("chrome"));
        all.addAll(chromium());
        all.addAll(channel("msedge"));
      }
      case WINDOWS -> {
        all.addAll(channel("chrome"));
        all.addAll(channel("msedge"));
        all.addAll(chromium());
      }
    }
    return all;
  }

  /** Command names of any supported browser to look for on PATH, best first. */
  List<String> anyBrowserCommands() {
    if (os == HostOs.WINDOWS) {
      return List.of("chrome.exe", "msedge.exe");
    }
    return List.of(
        "google-chrome-stable",
        "google-chrome",
        "chromium",
        "chromium-browser",
        "microsoft-edge-stable",
        "microsoft-edge");
  }

  /**
   * Where a branded channel is installed: first the places Playwright itself checks for that
   * channel (see {@link #isPlaywrightChannelHome}), then other usual places.
   */
  List<String> channel(String channel) {
    return switch (os) {
      case LINUX ->
          switch (channel) {
            case "chrome" ->
                List.of(
                    "/opt/google/chrome/chrome",
                    "/usr/bin/google-chrome-stable",
                    "/usr/bin/google-chrome");
            case "chrome-beta" ->
                List.of("/opt/google/chrome-beta/chrome", "/usr/bin/google-chrome-beta");
            case "msedge" ->
                List.of(
                    "/opt/microsoft/msedge/msedge",
                    "/usr/bin/microsoft-edge-stable",
                    "/usr/bin/microsoft-edge");
            default -> List.of();
          };
      case MAC ->
          switch (channel) {
            case "chrome" -> macApp("Google Chrome");
            case "chrome-beta" -> macApp("Google Chrome Beta");
            case "msedge" -> macApp("Microsoft Edge");
            default -> List.of();
          };
      case WINDOWS ->
          switch (channel) {
            case "chrome" ->
                windowsApp(List.of("Google", "Chrome", "Application", "chrome.exe"), true);
            case "chrome-beta" ->
                windowsApp(List.of("Google", "Chrome Beta", "Application", "chrome.exe"), true);
            case "msedge" ->
                windowsApp(List.of("Microsoft", "Edge", "Application", "msedge.exe"), false);
            default -> List.of();
          };
    };
  }

  /** Whether Playwright's {@code channel} option finds the browser at {@code path} by itself. */
  boolean isPlaywrightChannelHome(String path) {
    return switch (os) {
      case LINUX -> path.startsWith("/opt/");
      case MAC -> path.startsWith("/Applications/");
      case WINDOWS -> true;
    };
  }

  /** Fixed places of an installed (non-Playwright) Chromium. */
  List<String> chromium() {
    return switch (os) {
      case LINUX -> List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium");
      case MAC -> macApp("Chromium");
      case WINDOWS -> List.of(os.join(localAppData(), "Chromium", "Application", "chrome.exe"));
    };
  }

  List<String> chromiumCommands() {
    return os == HostOs.WINDOWS ? List.of() : List.of("chromium", "chromium-browser");
  }

  /** The directories on PATH, in order. */
  List<String> pathDirs() {
    String path = env("PATH");
    if (path == null) {
      return List.of();
    }
    List<String> dirs = new ArrayList<>();
    for (String d :
        path.split(java.util.regex.Pattern.quote(String.valueOf(os.pathListSeparator)), -1)) {
      if (!d.isBlank() && !dirs.contains(d)) {
        dirs.add(d);
      }
    }
    return dirs;
  }

  /** Where Playwright keeps its downloaded browsers. */
  String playwrightCache() {
    String custom = env("PLAYWRIGHT_BROWSERS_PATH");
    if (custom != null && !custom.equals("0")) {
      return custom;
    }
    return switch (os) {
      case LINUX ->
          os.join(
              env("XDG_CACHE_HOME") != null ? env("XDG_CACHE_HOME") : os.join(home, ".cache"),
              "ms-playwright");
      case MAC -> os.join(home, "Library", "Caches", "ms-playwright");
      case WINDOWS -> os.join(localAppData(), "ms-playwright");
    };
  }

  private List<String> macApp(String app) {
    String inApp = app + ".app/Contents/MacOS/" + app;
    return List.of("/Applications/" + inApp, os.join(home, "Applications", inApp));
  }

  private List<String> windowsApp(List<String> tail, boolean nativeFirst) {
    String pf = env("ProgramFiles") != null ? env("ProgramFiles") : "C:\\Program Files";
    String pf86 =
        env("ProgramFiles(x86)") != null ? env("ProgramFiles(x86)") : "C:\\Program Files (x86)";
    String[] rest = tail.toArray(new String[0]);
    List<String> roots =
        nativeFirst ? List.of(pf, pf86, localAppData()) : List.of(pf86, pf, localAppData());
    return roots.stream().map(r -> os.join(r, rest)).toList();
  }

  private String localAppData() {
    String v = env("LOCALAPPDATA");
    return v != null ? v : os.join(home, "AppData", "Local");
  }
}
