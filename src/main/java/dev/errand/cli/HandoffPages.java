package dev.errand.cli;

import dev.errand.handoff.page.HandoffPage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/** The handoff page a run serves, from {@code --handoff-page}: on loopback, any free port. */
final class HandoffPages {

  private HandoffPages() {}

  /**
   * The page when asked for, unless {@code --handoff-ends-run} says this run needs nobody (the page
   * would serve no handoff).
   */
  static Optional<HandoffPage> of(boolean asked, boolean handoffEndsRun) {
    if (!asked || handoffEndsRun) {
      return Optional.empty();
    }
    return Optional.of(new HandoffPage(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
  }
}
