package dev.errand.handoff;

import java.io.IOException;
import java.net.URI;
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
 * <p>Chromium writes the port it really listens on to {@code DevToolsActivePort} in its user data
 * directory; that file is how errand knows the port is open (and which one, for port 0), rather
 * than another program's.
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
   * Where the launched browser listens, once Chromium says so (it does before the launch returns;
   * errand still allows {@code wait}); empty when it did not open the port (another program has
   * it).
   */
  public Optional<URI> opened(Path userDataDir, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Optional<Integer> open = activePort(userDataDir);
      if (open.isPresent() && (port == 0 || open.get() == port)) {
        return Optional.of(URI.create("http://" + LOOPBACK + ":" + open.get()));
      }
      if (System.nanoTime() > deadline) {
        return Optional.empty();
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** The port in Chromium's port file: its first line. */
  static Optional<Integer> activePort(Path userDataDir) {
    try {
      List<String> lines = Files.readAllLines(activePortFile(userDataDir));
      return lines.isEmpty()
          ? Optional.empty()
          : Optional.of(Integer.parseInt(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // not written (yet), or half written: look again
    }
  }

  /** Why the port did not open, for the person. */
  public String notOpened() {
    return "Chromium did not open remote debugging on "
        + LOOPBACK
        + ":"
        + (port == 0 ? "a free port" : port)
        + (port == 0 ? "" : " (is another program, or another browser, using that port?)")
        + "; try another with --remote-handoff=PORT";
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
