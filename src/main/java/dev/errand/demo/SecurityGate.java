package dev.errand.demo;

import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Sends sessions that have not passed the security check to it, and back afterwards. */
final class SecurityGate {

  /** Same-origin relative paths only: one leading slash, no scheme, no backslash, no spaces. */
  private static final Pattern SAFE_NEXT = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

  private SecurityGate() {}

  /**
   * True if the session is verified; otherwise answers {@code 303} to the security check with
   * {@code next} (one of the shop's own paths) and returns false.
   */
  static boolean passed(ShopExchange ex, @Nullable String next) throws IOException {
    if (ex.session().verified()) {
      return true;
    }
    ex.redirect("/security-check?next=" + safeNext(next));
    return false;
  }

  /** {@code next} if it is a same-origin relative path, else {@code /}. */
  static String safeNext(@Nullable String next) {
    return next != null && SAFE_NEXT.matcher(next).matches() ? next : "/";
  }
}
