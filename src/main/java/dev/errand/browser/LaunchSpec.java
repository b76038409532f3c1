package dev.errand.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * How to launch: which browser ({@code setting} is a path, a channel name — chrome, msedge,
 * chromium — or empty for "find one"), headless or not, the profile's own persistent data
 * directory, and extra Chromium arguments.
 */
public record LaunchSpec(
    String setting, boolean headless, Path userDataDir, List<String> extraArgs) {

  public LaunchSpec {
    setting = setting == null ? "" : setting.trim();
    extraArgs = List.copyOf(extraArgs);
  }
}
