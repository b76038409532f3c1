package dev.errand.attempt;

import java.util.Optional;

/**
 * Whether an attempt's browser runs without a window: the one policy for every command. {@code
 * --headless} says yes; else the profile's {@code browser.headless}; else ("auto") headless exactly
 * when this machine has no display.
 *
 * @param why what decided it, for a message that says why nobody could take over
 */
public record Headless(boolean on, String why) {

  public static Headless decide(boolean asked, Optional<Boolean> profileSetting, boolean display) {
    if (asked) {
      return new Headless(true, "--headless");
    }
    if (profileSetting.isPresent()) {
      return new Headless(profileSetting.get(), "profile browser.headless");
    }
    return new Headless(!display, display ? "a display is here" : "no display here");
  }
}
