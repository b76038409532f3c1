package dev.errand.browser.pw;

import com.microsoft.playwright.options.AriaRole;
import dev.errand.browser.BrowserActionException;
import dev.errand.text.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** ARIA role names as written in recipes ({@code button}, {@code menuitem}) to Playwright's. */
final class RoleNames {

  private static final List<String> NAMES =
      Arrays.stream(AriaRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();

  private RoleNames() {}

  static AriaRole toAria(String role) {
    String name = role.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    for (AriaRole r : AriaRole.values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(name)) {
        return r;
      }
    }
    String hint =
        Suggestions.closest(name, NAMES).map(s -> "; did you mean '" + s + "'?").orElse(".");
    throw new BrowserActionException(
        "unknown ARIA role '"
            + role
            + "'"
            + hint
            + " Roles are names like button, link, textbox, checkbox, combobox, option, menuitem.");
  }
}
