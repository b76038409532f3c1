package dev.errand.cli;

import dev.errand.handoff.page.HandoffPage;
import dev.errand.handoff.page.PageTlsContext;
import dev.errand.profile.Profile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --handoff-page}: the handoff page a run serves, from that option or the profile's {@code
 * handoff.page}, where the profile says (127.0.0.1 by default). Shared by the commands that run a
 * recipe ({@code run}, {@code demo}, {@code watch}), so it means the same in all three.
 */
final class HandoffPages {

  @Option(
      names = "--handoff-page",
      description = {
        "Take over from your phone: at each handoff errand serves a page with the live browser on",
        "127.0.0.1 under a one-time link, sent in your notifications (reach it over SSH or a",
        "tailnet). Default: the profile's handoff.page.enabled."
      })
  boolean asked;

  /**
   * The page this run serves, unless {@code handoffEndsRun} says it needs nobody (the page would
   * serve no handoff).
   */
  Optional<HandoffPage> page(Profile profile, boolean handoffEndsRun) {
    return of(asked, handoffEndsRun, profile.handoffPage());
  }

  /**
   * The page when asked for, unless {@code --handoff-ends-run} says this run needs nobody (the page
   * would serve no handoff).
   */
  static Optional<HandoffPage> of(boolean asked, boolean handoffEndsRun, Profile.HandoffPage page) {
    if (!(asked || page.enabled()) || handoffEndsRun) {
      return Optional.empty();
    }
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(page.address().trim()), page.port());
    } catch (UnknownHostException | IllegalArgumentException e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "handoff.page.address: '"
              + page.address()
              + "' is no address of this machine (try 127.0.0.1, or its LAN address)");
    }
    try {
      return Optional.of(
          new HandoffPage(
              address, page.tls().map(t -> PageTlsContext.of(t.chain(), t.privateKey()))));
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.BAD_INPUT, "handoff.page.tls: " + e.getMessage());
    }
  }
}
