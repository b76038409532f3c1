package dev.errand.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where errand keeps per-user data (browser data directories): {@code $ERRAND_HOME}, else the
 * platform's place — {@code $XDG_DATA_HOME/errand} or {@code ~/.local/share/errand} on Linux,
 * {@code ~/Library/Application Support/errand} on macOS, {@code %LOCALAPPDATA%\errand} on Windows.
 */
public final class ErrandHome {

  private ErrandHome() {}

  public static Path locate(Map<String, String> env, String osName, Path userHome) {
    String explicit = env.get("ERRAND_HOME");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      return local != null ? Path.of(local, "errand") : userHome.resolve("AppData/Local/errand");
    }
    if (os.contains("mac")) {
      return userHome.resolve("Library/Application Support/errand");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "errand")
        : userHome.resolve(".local/share/errand");
  }

  public static Path locate() {
    return locate(
        System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
  }
}
