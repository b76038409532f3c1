package dev.errand.browser.discovery;

import java.util.Locale;
import java.util.Objects;

/** Human names for browsers, guessed from a channel or an executable's path. */
public final class BrowserNames {

  private BrowserNames() {}

  static String fromChannel(String channel) {
    return switch (channel) {
      case "chrome" -> "Google Chrome";
      case "chrome-beta" -> "Google Chrome Beta";
      case "msedge" -> "Microsoft Edge";
      default -> "Chromium";
    };
  }

  static String fromPath(String executable) {
    String p = executable.toLowerCase(Locale.ROOT).replace('\\', '/');
    if (p.contains("edge")) {
      return "Microsoft Edge";
    }
    if (p.contains("chrome-beta") || p.contains("chrome beta")) {
      return "Google Chrome Beta";
    }
    if (p.contains("chromium") || p.contains("ms-playwright")) {
      return "Chromium";
    }
    if (p.contains("google") || p.contains("chrome")) {
      return "Google Chrome";
    }
    return "Browser";
  }

  public static String of(FoundBrowser found) {
    return switch (found.kind()) {
      // FoundBrowser.channel and atPath always give these
      case CHANNEL -> fromChannel(Objects.requireNonNull(found.channel(), "the channel"));
      case BUNDLED -> "Chromium (Playwright)";
      case PATH -> fromPath(Objects.requireNonNull(found.executable(), "the executable"));
    };
  }
}
