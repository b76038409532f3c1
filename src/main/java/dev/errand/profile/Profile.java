package dev.errand.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's profile: details (for {@code ${profile.…}}), secrets (for {@code ${secrets.…}},
 * never printed), browser settings, limits and handoff/notification settings.
 */
public record Profile(
    String name,
    Optional<Path> file,
    Map<String, String> person,
    Map<String, String> secrets,
    Browser browser,
    int maxQuantity,
    Duration lead,
    boolean syncClock,
    Duration handoffTimeout,
    boolean terminalBell,
    Path attemptsDir) {

  public Profile {
    person = Map.copyOf(person);
    secrets = Map.copyOf(secrets);
  }

  /** Browser settings. {@code headless} is empty for "auto". */
  public record Browser(
      String executable,
      Optional<Boolean> headless,
      Optional<Path> dataDir,
      List<String> args,
      Duration stepTimeout) {
    public Browser {
      args = List.copyOf(args);
    }
  }

  @Override
  public String toString() {
    return "Profile[" + name + ", secrets=" + secrets.keySet() + "]";
  }
}
