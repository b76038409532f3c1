package dev.errand.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One person's profile: details (for {@code ${profile.…}}), secrets (for {@code ${secrets.…}},
 * never printed), browser settings, limits and handoff/notification settings. {@code
 * remoteHandoffPort} is the loopback port for taking over through remote debugging, when set (0:
 * any free port). {@code unsetSecrets} are the secrets the file reads from an environment variable
 * that is not set (name → variable), so an error can name the variable to set.
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
    OptionalInt remoteHandoffPort,
    Notify notifications,
    Path attemptsDir,
    boolean trace,
    Map<String, String> unsetSecrets,
    HandoffPage handoffPage) {

  public Profile {
    person = Map.copyOf(person);
    secrets = Map.copyOf(secrets);
    unsetSecrets = Map.copyOf(unsetSecrets);
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

  /** How to call the person at a handoff. */
  public record Notify(
      boolean terminalBell, boolean desktop, boolean sound, List<Webhook> webhooks) {
    public Notify {
      webhooks = List.copyOf(webhooks);
    }
  }

  /**
   * A webhook: where to POST and in which shape ({@code json}, {@code ntfy}, {@code slack}, {@code
   * discord}).
   */
  public record Webhook(java.net.URI url, String preset) {
    @Override
    public String toString() {
      return "Webhook[" + url.getScheme() + "://" + url.getHost() + ", " + preset + "]";
    }
  }

  @Override
  public String toString() {
    return "Profile[" + name + ", secrets=" + secrets.keySet() + "]";
  }

  /**
   * The handoff page ({@code handoff.page}): whether every run serves it, and where it listens (an
   * address of this machine; port 0: any free one); over TLS with {@code tls}'s certificate when
   * the profile names one.
   */
  public record HandoffPage(boolean enabled, String address, int port, Optional<PageTls> tls) {

    /** Without TLS. */
    public HandoffPage(boolean enabled, String address, int port) {
      this(enabled, address, port, Optional.empty());
    }
  }
}
