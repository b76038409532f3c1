package dev.errand.polite;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How errand paces itself on one site: the least time between two of its requests (page loads and
 * clock probes alike), and how long before a release it sends no clock probe. {@link #POLITE} is
 * what every run uses. {@link #THIS_MACHINE} is faster, for a site on this machine only (the demo
 * shop in the tests, which is nobody else's server): {@link #forSite} gives {@link #POLITE} for any
 * other site, so a remote site is never paced faster than one request a second.
 *
 * @param spacing the least time between two requests to the site
 * @param quietBeforeRelease no clock probe may be planned this close to the release instant
 */
public record Pacing(Duration spacing, Duration quietBeforeRelease) {

  /**
   * The environment variable that asks for {@link #THIS_MACHINE} ({@code this-machine}); not for
   * users: the tests set it so that runs against the loopback demo shop read its clock in seconds.
   */
  public static final String VARIABLE = "ERRAND_PACING";

  /** One request a second with a tenth to spare, and no probe in the last 5 s before a release. */
  public static final Pacing POLITE = new Pacing(RequestBudget.SPACING, Duration.ofSeconds(5));

  /**
   * For a site on this machine: 0.2 s between requests (a clock probe can then meet each of the
   * site's tick-overs, not every other one), and no probe in the last second before a release.
   */
  public static final Pacing THIS_MACHINE =
      new Pacing(Duration.ofMillis(200), Duration.ofSeconds(1));

  public Pacing {
    Objects.requireNonNull(spacing, "spacing");
    Objects.requireNonNull(quietBeforeRelease, "quietBeforeRelease");
  }

  /** {@link #THIS_MACHINE} when {@code vars} has {@value #VARIABLE}{@code =this-machine}. */
  public static Pacing from(Map<String, String> vars) {
    return "this-machine".equals(vars.get(VARIABLE)) ? THIS_MACHINE : POLITE;
  }

  /** This pacing for a site on this machine (a loopback address), {@link #POLITE} for any other. */
  public Pacing forSite(URI site) {
    return onThisMachine(site) ? this : POLITE;
  }

  /** Whether this pacing is faster than {@link #POLITE} anywhere. */
  public boolean faster() {
    return !equals(POLITE);
  }

  /** A fresh request budget with this spacing, on {@link System#nanoTime()}. */
  public RequestBudget budget() {
    return new RequestBudget(System::nanoTime, Backoff.jittered(), spacing);
  }

  /**
   * Whether {@code site}'s host is a loopback address (a literal; names other than localhost are
   * not looked up).
   */
  public static boolean onThisMachine(URI site) {
    String host = site.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.equals("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|\\[[0-9a-f:.]+\\]")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
