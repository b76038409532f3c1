package dev.errand.run;

import dev.errand.browser.BrowserGoneException;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts the browser again after it is gone (crashed, killed, disconnected, closed), with the same
 * profile, so the person's login survives. The page the runner holds acts on the new browser from
 * then on, on a blank document.
 */
public interface Relauncher {

  /** Three new browsers at most in one run, unless the attempt says otherwise. */
  int DEFAULT_MAX = 3;

  /**
   * Starts the new browser; returns how long the browser has been gone so far (from when errand
   * noticed), or empty when errand closed the browser itself because it is ending (Ctrl-C): then
   * nothing starts. Throws {@link BrowserGoneException} when no browser starts.
   */
  Optional<Duration> relaunch();

  /** For a runner with no way to start a browser: every crash ends the run. */
  Relauncher NONE =
      () -> {
        throw new BrowserGoneException("errand cannot start the browser again here");
      };
}
