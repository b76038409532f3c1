package dev.errand.browser;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Whether a person could see a browser window here. */
public final class Display {

  private Display() {}

  /** Linux and BSDs need X11 or Wayland; macOS and Windows always have a desktop. */
  public static boolean present(Map<String, String> env, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return true;
    }
    return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
  }

  /** One line for {@code errand doctor}. */
  public static String describe(Map<String, String> env, String osName) {
    if (!present(env, osName)) {
      return "none (no DISPLAY or WAYLAND_DISPLAY): the browser runs headless";
    }
    if (notBlank(env.get("WAYLAND_DISPLAY"))) {
      return "Wayland " + env.get("WAYLAND_DISPLAY");
    }
    if (notBlank(env.get("DISPLAY"))) {
      return "X11 " + env.get("DISPLAY");
    }
    return "desktop";
  }

  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
