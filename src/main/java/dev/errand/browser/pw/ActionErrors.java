package dev.errand.browser.pw;

import com.microsoft.playwright.TimeoutError;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.TargetCoveredException;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Playwright failure of an action into a {@link BrowserActionException} for a person: what
 * was being done, to what, and the likely reason, read from Playwright's call log. Never a stack or
 * a Playwright class name.
 */
final class ActionErrors {

  private static final Pattern INTERCEPTOR =
      Pattern.compile("(<[^>\\n]*>)[^\\n]*?(?:from <[^>\\n]*> subtree )?intercepts pointer events");

  private ActionErrors() {}

  /**
   * @param verb what was being done, e.g. "click"
   * @param what the target's description
   * @param budget the action's timeout
   */
  static BrowserActionException of(String verb, String what, Duration budget, RuntimeException e) {
    if (e instanceof BrowserActionException bae) {
      return bae;
    }
    if (PlaywrightErrors.isClosed(e)) {
      return new BrowserActionException(
          "could not " + verb + " " + what + ": the browser window was closed", e);
    }
    String within = " within " + TimeText.human(budget);
    if (PlaywrightErrors.mentions(e, "intercepts pointer events")) {
      Matcher m = INTERCEPTOR.matcher(PlaywrightErrors.callLog(e));
      String by = m.find() ? " (" + shorten(m.group(1)) + ")" : "";
      return new TargetCoveredException(
          "could not "
              + verb
              + " "
              + what
              + ": it is covered by another element"
              + by
              + " — a cookie banner or dialog?",
          e);
    }
    String reason = reason(e);
    if (reason != null) {
      return new BrowserActionException("could not " + verb + " " + what + ": " + reason, e);
    }
    if (e instanceof TimeoutError) {
      return new BrowserActionException("could not " + verb + " " + what + within, e);
    }
    return new BrowserActionException(
        "could not " + verb + " " + what + ": " + PlaywrightErrors.headline(e), e);
  }

  private static @Nullable String reason(RuntimeException e) {
    if (PlaywrightErrors.mentions(e, "element is not enabled")
        || PlaywrightErrors.mentions(e, "element is disabled")) {
      return "it stayed disabled";
    }
    if (PlaywrightErrors.mentions(e, "element is not editable")) {
      return "it is read-only";
    }
    if (PlaywrightErrors.mentions(e, "is not an <input>")) {
      return "it is not a text field";
    }
    if (PlaywrightErrors.mentions(e, "not a checkbox or radio button")) {
      return "it is not a checkbox";
    }
    if (PlaywrightErrors.mentions(e, "element is not stable")) {
      return "it kept moving (an animation?)";
    }
    if (PlaywrightErrors.mentions(e, "element is outside of the viewport")) {
      return "it is outside the page's visible area";
    }
    if (PlaywrightErrors.mentions(e, "element is not visible")
        || PlaywrightErrors.mentions(e, "element is not attached")) {
      return "it disappeared before it could be used";
    }
    if (PlaywrightErrors.mentions(e, "Unknown key")) {
      return "unknown key (" + PlaywrightErrors.headline(e) + ")";
    }
    return null;
  }

  private static String shorten(String element) {
    return element.length() <= 80 ? element : element.substring(0, 77) + "…>";
  }
}
