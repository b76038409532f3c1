package dev.errand.browser.discovery;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A browser the {@link BrowserFinder} picked: an executable at a path, a Playwright channel
 * (chrome, chrome-beta, msedge) or Playwright's own Chromium.
 *
 * @param kind how Playwright is told to start it
 * @param executable the executable's path when known, else null
 * @param channel the Playwright channel for {@link Kind#CHANNEL} and {@link Kind#BUNDLED}, else
 *     null
 * @param description one line for a person, e.g. {@code "Chromium at /usr/bin/chromium"}
 */
public record FoundBrowser(
    Kind kind, @Nullable String executable, @Nullable String channel, String description) {

  /** How the browser is started. */
  public enum Kind {
    /** An executable path, passed to Playwright as {@code executablePath}. */
    PATH,
    /** An installed branded browser, passed to Playwright as {@code channel}. */
    CHANNEL,
    /** Playwright's own Chromium build, downloaded by Playwright if missing. */
    BUNDLED
  }

  public FoundBrowser {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
  }

  /** The executable's path, when known. */
  public Optional<String> executablePath() {
    return Optional.ofNullable(executable);
  }

  /** A browser at {@code executable}. */
  public static FoundBrowser atPath(String executable) {
    return new FoundBrowser(
        Kind.PATH, executable, null, BrowserNames.fromPath(executable) + " at " + executable);
  }

  /** An installed branded browser found at {@code executable}. */
  static FoundBrowser channel(String channel, String executable) {
    return new FoundBrowser(
        Kind.CHANNEL,
        executable,
        channel,
        BrowserNames.fromChannel(channel) + " (channel " + channel + ") at " + executable);
  }

  /** Playwright's Chromium; {@code where} says whether it is downloaded already. */
  public static FoundBrowser bundled(String where) {
    return new FoundBrowser(Kind.BUNDLED, null, "chromium", "Playwright's Chromium " + where);
  }
}
