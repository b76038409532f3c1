package dev.errand.browser;

import dev.errand.polite.RequestBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to launch: which browser ({@code setting} is a path, a channel name — chrome, msedge,
 * chromium — or empty for "find one"), headless or not, the profile's own persistent data
 * directory, extra Chromium arguments, and the run's request budget, which its page loads share
 * with the clock probes.
 */
public record LaunchSpec(
    String setting,
    boolean headless,
    Path userDataDir,
    List<String> extraArgs,
    RequestBudget budget) {

  public LaunchSpec {
    setting = setting == null ? "" : setting.trim();
    extraArgs = List.copyOf(extraArgs);
    Objects.requireNonNull(budget, "budget");
  }

  /** With a request budget of its own, for a browser no clock sync shares a site with. */
  public LaunchSpec(String setting, boolean headless, Path userDataDir, List<String> extraArgs) {
    this(setting, headless, userDataDir, extraArgs, RequestBudget.system());
  }
}
