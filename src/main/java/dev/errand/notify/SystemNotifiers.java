package dev.errand.notify;

import dev.errand.os.Executables;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The desktop notification and the sound this system offers: {@code notify-send} and {@code
 * paplay}/{@code canberra-gtk-play} on Linux with a display, {@code osascript} and {@code afplay}
 * on macOS. Where there is none the channel is simply absent.
 */
public final class SystemNotifiers {

  private SystemNotifiers() {}

  public static Optional<Notifier> desktop(
      String osName, Map<String, String> env, boolean display) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return Executables.onPath("osascript", env)
          .map(
              exe ->
                  new CommandNotifier(
                      "desktop (osascript)",
                      n ->
                          List.of(
                              exe,
                              "-e",
                              "display notification "
                                  + quote(n.body())
                                  + " with title "
                                  + quote(n.title())
                                  + " sound name \"Glass\"")));
    }
    if (os.contains("linux") && display) {
      return Executables.onPath("notify-send", env)
          .map(
              exe ->
                  new CommandNotifier(
                      "desktop (notify-send)",
                      n ->
                          List.of(
                              exe,
                              "--urgency=critical",
                              "--app-name=errand",
                              n.title(),
                              n.body())));
    }
    return Optional.empty();
  }

  public static Optional<Notifier> sound(String osName, Map<String, String> env) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return Executables.onPath("afplay", env)
          .map(
              exe ->
                  new CommandNotifier(
                      "sound (afplay)", n -> List.of(exe, "/System/Library/Sounds/Glass.aiff")));
    }
    if (os.contains("linux")) {
      Optional<Notifier> canberra =
          Executables.onPath("canberra-gtk-play", env)
              .map(exe -> new CommandNotifier("sound (canberra)", n -> List.of(exe, "--id=bell")));
      return canberra.or(
          () ->
              Executables.onPath("paplay", env)
                  .map(
                      exe ->
                          new CommandNotifier(
                              "sound (paplay)",
                              n -> List.of(exe, "/usr/share/sounds/freedesktop/stereo/bell.oga"))));
    }
    return Optional.empty();
  }

  /** An AppleScript string literal. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
