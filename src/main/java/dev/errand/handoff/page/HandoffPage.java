package dev.errand.handoff.page;

import dev.errand.run.HandoffRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The handoff page of one attempt: at each handoff a new page under a new token, served on {@code
 * address} until the handoff ends. The whole link goes only where the person alone reads it (the
 * notifications, a file only its owner can read); everywhere else it is {@link Open#shown() shown}
 * without its token.
 *
 * <p>Used on the run's thread only.
 */
public final class HandoffPage {

  /** A handoff's page while it is open. */
  public record Open(HandoffRequest request, PageSession session, HandoffPageServer server) {
    /** The whole link, token included. */
    public String link() {
      return server.link().toString();
    }

    /** The link without its token. */
    public String shown() {
      return server.shown();
    }
  }

  private final InetSocketAddress address;
  private final @Nullable SSLContext tls;
  private @Nullable Open current;
  private @Nullable String failure;

  /**
   * @param address where to listen (127.0.0.1 by default; port 0: any free one)
   */
  public HandoffPage(InetSocketAddress address) {
    this(address, Optional.empty());
  }

  /**
   * @param address where to listen (127.0.0.1 by default; port 0: any free one)
   * @param tls when given, the page is served over TLS with it (an https link)
   */
  public HandoffPage(InetSocketAddress address, Optional<SSLContext> tls) {
    this.address = address;
    this.tls = tls.orElse(null);
  }

  /** Where the page listens (port 0: any free one, chosen at each handoff). */
  public InetSocketAddress address() {
    return address;
  }

  /**
   * The page for {@code request}, opened at its first call (later calls for the same request give
   * the same page); empty when it could not be served ({@link #failure} says why).
   */
  public Optional<Open> open(HandoffRequest request) {
    if (current != null && current.request().equals(request)) {
      return Optional.of(current);
    }
    close();
    try {
      PageSession session =
          new PageSession(
              new PageSession.About(
                  request.reason().yamlName(),
                  request.message(),
                  request.until().map(dev.errand.recipe.Condition::describe),
                  request.holdTime()));
      Open open = new Open(request, session, HandoffPageServer.start(address, session, tls));
      current = open;
      failure = null;
      onStop(open);
      return Optional.of(open);
    } catch (IOException e) {
      failure =
          "the handoff page could not listen on "
              + address.getHostString()
              + ":"
              + address.getPort()
              + " ("
              + e.getMessage()
              + ")";
      return Optional.empty();
    }
  }

  /** Why the page could not be opened, after {@link #open} came back empty. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** Ends the current page: its token stops working at once. */
  public void close() {
    Open open = current;
    current = null;
    if (open != null) {
      open.server().close();
    }
    offStop();
  }

  /** What an open page says when errand is stopped (Ctrl-C, a signal) while it waits. */
  static final String STOPPED = "the run is stopping: errand was stopped on its machine";

  private @Nullable Thread stopHook;

  /** When errand is stopped while {@code open} lasts, its pages say so before the server goes. */
  private void onStop(Open open) {
    offStop();
    Thread hook = new Thread(() -> stopped(open), "errand-handoff-page-stop");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      stopHook = hook;
    } catch (IllegalStateException e) {
      // errand is already stopping: the run's own ending closes the page
    }
  }

  private void offStop() {
    Thread hook = stopHook;
    stopHook = null;
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // errand is stopping: the hook says so on the page
      }
    }
  }

  /** Tells the open pages that errand was stopped, then stops serving them. */
  static void stopped(Open open) {
    if (!open.session().ended()) {
      open.session().end(STOPPED);
    }
    open.server().close();
  }
}
