package dev.errand.browser.pw;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.ProfileInUseException;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.discovery.UserDataDir;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed launch into a {@link BrowserUnavailableException} a person can act on. */
final class LaunchErrors {

  private static final Pattern EXIT = Pattern.compile("process did exit: exitCode=(-?\\d+)");
  private static final Pattern ERR_LINE = Pattern.compile("\\[pid=\\d+\\]\\[err\\] ([^\\n]+)");

  private LaunchErrors() {}

  static BrowserUnavailableException translate(RuntimeException e, FoundBrowser found, Path dir) {
    if (e instanceof BrowserUnavailableException bue) {
      return bue;
    }
    if (PlaywrightErrors.mentions(e, "ProcessSingleton")
        || PlaywrightErrors.mentions(e, "profile appears to be in use")
        || PlaywrightErrors.mentions(e, "Opening in existing browser session")) {
      return withCause(UserDataDir.inUse(dir), e);
    }
    String headline = PlaywrightErrors.headline(e);
    if (PlaywrightErrors.mentions(e, "Missing X server")
        || PlaywrightErrors.mentions(e, "$DISPLAY")) {
      return new BrowserUnavailableException(
          "cannot open a browser window: there is no display here. Run headless, or start errand"
              + " from a desktop session.",
          e);
    }
    if (found.kind() == FoundBrowser.Kind.BUNDLED) {
      return new BrowserUnavailableException(
          "no Chrome, Chromium or Edge is installed and Playwright's Chromium could not be used ("
              + headline
              + "). Install Google Chrome or Chromium, or set the browser setting to the path of a"
              + " Chromium-based browser.",
          e);
    }
    return new BrowserUnavailableException(
        "could not start " + found.description() + ": " + reason(e, headline), e);
  }

  /** For a browser that died at start: its exit code and last complaint, instead of "closed". */
  static String reason(RuntimeException e, String headline) {
    String text = String.valueOf(e.getMessage());
    Matcher exit = EXIT.matcher(text);
    if (!exit.find()) {
      return headline;
    }
    String why = "it exited right away (exit code " + exit.group(1) + ")";
    String complaint = null;
    for (Matcher err = ERR_LINE.matcher(text); err.find(); ) {
      complaint = err.group(1).strip();
    }
    if (complaint != null && !complaint.isEmpty()) {
      why += ": " + (complaint.length() > 200 ? complaint.substring(0, 200) + "…" : complaint);
    }
    return why;
  }

  private static BrowserUnavailableException withCause(
      BrowserUnavailableException message, Throwable cause) {
    // always made with a message
    String text = Objects.requireNonNull(message.getMessage(), "the message");
    return message instanceof ProfileInUseException
        ? new ProfileInUseException(text, cause)
        : new BrowserUnavailableException(text, cause);
  }
}
