package dev.errand.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteHandoffTest {

  @TempDir Path dir;

  void chromiumSays(String content) throws IOException {
    Files.writeString(dir.resolve(RemoteHandoff.ACTIVE_PORT_FILE), content);
  }

  @Test
  void itListensOnLoopbackOnly() {
    assertEquals(
        List.of("--remote-debugging-port=9222", "--remote-debugging-address=127.0.0.1"),
        new RemoteHandoff(9222).chromiumArgs());
    assertThrows(IllegalArgumentException.class, () -> new RemoteHandoff(65_536));
  }

  @Test
  void portZeroIsTheOneChromiumWroteDown() throws Exception {
    chromiumSays("41234\n/devtools/browser/0b5c\n");
    assertEquals(
        Optional.of(URI.create("http://127.0.0.1:41234")),
        new RemoteHandoff(0).opened(dir, Duration.ZERO));
  }

  @Test
  void aFixedPortMustBeFreeBeforeAndAnswerAsDevToolsAfter() throws Exception {
    HttpServer devtools = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    devtools.createContext(
        "/json/version",
        exchange -> {
          byte[] body =
              "{\"webSocketDebuggerUrl\": \"ws://127.0.0.1/devtools/browser/1\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    devtools.start();
    try {
      RemoteHandoff remote = new RemoteHandoff(devtools.getAddress().getPort());
      assertTrue(remote.taken().orElseThrow().contains("in use"), "someone listens already");
      assertEquals(
          Optional.of(URI.create("http://127.0.0.1:" + devtools.getAddress().getPort())),
          remote.opened(dir, Duration.ZERO));
    } finally {
      devtools.stop(0);
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    RemoteHandoff nobody = new RemoteHandoff(closed);
    assertEquals(Optional.empty(), nobody.taken(), "free");
    assertEquals(Optional.empty(), nobody.opened(dir, Duration.ZERO), "and nothing answers");
  }

  @Test
  void aStaleOrMissingPortFileIsNoPort() throws Exception {
    chromiumSays("9222\n/devtools/browser/0b5c");
    RemoteHandoff remote = new RemoteHandoff(0);
    remote.forgetStale(dir);
    assertEquals(Optional.empty(), remote.opened(dir, Duration.ZERO));
    chromiumSays("92");
    assertEquals(Optional.empty(), remote.opened(dir, Duration.ZERO), "half written");
    assertTrue(remote.notOpened().contains("127.0.0.1 (any free port)"), remote.notOpened());
  }

  @Test
  void takingOverSaysWhereAndHow() {
    String usual = RemoteHandoff.takeOver(URI.create("http://127.0.0.1:9222"));
    assertTrue(usual.startsWith("http://127.0.0.1:9222 "), usual);
    assertTrue(usual.contains("chrome://inspect"), usual);
    assertTrue(usual.contains("ssh -L 9222:127.0.0.1:9222"), usual);
    assertFalse(usual.contains("Configure"), "9222 is found without setup: " + usual);
    String other = RemoteHandoff.takeOver(URI.create("http://127.0.0.1:41234"));
    assertTrue(other.contains("Configure… → add 127.0.0.1:41234"), other);
  }
}
