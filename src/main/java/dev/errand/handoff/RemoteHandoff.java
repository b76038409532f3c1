package dev.errand.handoff;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A browser the person can take over without a window: Chromium's remote debugging (DevTools
 * protocol), bound to 127.0.0.1 only. The person reaches it with chrome://inspect in Chrome on the
 * same machine, or from another device through a forwarded port ({@code ssh -L}). Anyone who can
 * reach the port controls the browser and its logins, so it never listens beyond loopback.
 *
 * <p>errand makes sure the person reaches this browser and not another program: a fixed port must
 * be free just before the launch and answer as DevTools just after it; for port 0 Chromium writes
 * the port it picked to {@code DevToolsActivePort} in its user data directory (only then: a fixed
 * port gets no such file).
 *
 * @param port the port to ask for; 0 lets Chromium pick a free one
 */
public record RemoteHandoff(int port) {

  /** The port chrome://inspect looks at without being configured. */
  public static final int DEFAULT_PORT = 9222;

  /** The file Chromium writes the open port to, in its user data directory. */
  static final String ACTIVE_PORT_FILE = "DevToolsActivePort";

  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration POLL = Duration.ofMillis(20);

  public RemoteHandoff {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("a port is 0..65535, got " + port);
    }
  }

  /** The Chromium switches that open remote debugging on loopback. */
  public List<String> chromiumArgs() {
    return List.of("--remote-debugging-port=" + port, "--remote-debugging-address=" + LOOPBACK);
  }

  /** Removes a port file a previous browser left behind, so it is not mistaken for this one's. */
  public void forgetStale(Path userDataDir) {
    try {
      Files.deleteIfExists(activePortFile(userDataDir));
    } catch (IOException e) {
      // unreadable or undeletable: opened() then finds no port it can trust and says so
    }
  }

  /**
   * Why the port can't be had now (another program listens on it), checked just before the launch:
   * Chromium itself would carry on without it and say nothing. Empty when it is free, or for port
   * 0.
   */
  // LOOPBACK is an IP literal: no name is looked up, so there is no list of addresses to choose
  // from.
  @SuppressWarnings("AddressSelection")
  public Optional<String> taken() {
    if (port == 0) {
      return Optional.empty();
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(LOOPBACK, port));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "port "
              + port
              + " on "
              + LOOPBACK
              + " is in use (another browser with remote debugging, or another program): choose"
              + " another with --remote-handoff=PORT, or 0 for any free one");
    }
  }

  /**
   * Where the launched browser listens: for port 0 the port Chromium wrote down, else the port once
   * it answers as DevTools (both happen by the time the launch returns; errand still allows {@code
   * wait}). Empty when it did not open.
   */
  public Optional<URI> opened(Path userDataDir, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Optional<URI> open =
          port == 0 ? activePort(userDataDir).map(RemoteHandoff::at) : answering(at(port));
      if (open.isPresent() || System.nanoTime() > deadline) {
        return open;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private static URI at(int port) {
    return URI.create("http://" + LOOPBACK + ":" + port);
  }

  /** {@code devtools} when DevTools answers there ({@code /json/version}). */
  static Optional<URI> answering(URI devtools) throws InterruptedException {
    try {
      HttpResponse<String> version =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(1))
              .build()
              .send(
                  HttpRequest.newBuilder(devtools.resolve("/json/version"))
                      .timeout(Duration.ofSeconds(1))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return version.statusCode() == 200 && version.body().contains("webSocketDebuggerUrl")
          ? Optional.of(devtools)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not listening (yet)
    }
  }

  /**
   * The port in Chromium's port file, once it is whole: the port, then the browser's DevTools path.
   */
  static Optional<Integer> activePort(Path userDataDir) {
    try {
      List<String> lines = Files.readAllLines(activePortFile(userDataDir));
      return lines.size() >= 2 && lines.get(1).startsWith("/devtools/browser/")
          ? Optional.of(Integer.parseInt(lines.get(0).trim()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // not written (yet): look again
    }
  }

  /** Why the port did not open, for the person. */
  public String notOpened() {
    return "Chromium did not open remote debugging on "
        + LOOPBACK
        + (port == 0 ? " (any free port)" : ":" + port)
        + ", so nobody could take over; try another port with --remote-handoff=PORT";
  }

  /**
   * How the person takes over at {@code devtools}, in one line: for the banner and every
   * notification.
   */
  public static String takeOver(URI devtools) {
    int port = devtools.getPort();
    return devtools
        + " (Chrome remote debugging, on this machine only): open chrome://inspect in Chrome here"
        + (port == DEFAULT_PORT ? "" : " (Configure… → add " + LOOPBACK + ":" + port + ")")
        + " and inspect errand's page; from another device forward the port first: ssh -L "
        + port
        + ":"
        + LOOPBACK
        + ":"
        + port
        + " THIS-MACHINE";
  }

  private static Path activePortFile(Path userDataDir) {
    return userDataDir.toAbsolutePath().normalize().resolve(ACTIVE_PORT_FILE);
  }
}
