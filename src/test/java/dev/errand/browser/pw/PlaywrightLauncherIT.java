package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.discovery.UserDataDir;
import dev.errand.browser.discovery.VersionProbe;
import dev.errand.recipe.Condition.Visible;
import dev.errand.recipe.Locator.ByText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launching, persistence, locking and clean-up with real headless Chromium. */
class PlaywrightLauncherIT {

  private static final Duration T = Duration.ofSeconds(10);

  @TempDir Path tmp;
  private static TestPages pages;

  @BeforeAll
  static void start() {
    pages =
        TestPages.start()
            .page(
                "/login",
                exchange -> {
                  exchange
                      .getResponseHeaders()
                      .add("Set-Cookie", "session=abc123; Max-Age=3600; Path=/; HttpOnly");
                  return "<p>logged in</p>";
                })
            .page(
                "/whoami",
                exchange -> {
                  String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                  return "<p>cookie: " + (cookie == null ? "none" : cookie) + "</p>";
                });
  }

  @AfterAll
  static void stop() {
    pages.close();
  }

  @Test
  void launchDescribesTheBrowserAndCloseLeavesNoProcess() {
    Set<Long> before = descendants();
    long t0 = System.nanoTime();
    Set<Long> started;
    try (BrowserSession s = Browsers.launch(tmp.resolve("p"))) {
      System.out.printf("launch took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      BrowserInfo info = s.info();
      assertTrue(info.headless());
      assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), info.version());
      assertFalse(info.name().isBlank());
      assertTrue(Files.isExecutable(Path.of(info.executable())), info.executable());
      started = descendants();
      started.removeAll(before);
      assertFalse(started.isEmpty(), "the driver and the browser run as our descendants");
    }
    assertAllExit(started);
  }

  @Test
  void loginSurvivesARestartAndTheDirectoryIsPrivate() throws IOException {
    Path dir = tmp.resolve("profiles/alice/browser");
    try (BrowserSession s = Browsers.launch(dir)) {
      s.page().navigate(pages.url("/login"), T);
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    try (BrowserSession s = Browsers.launch(dir)) {
      s.page().navigate(pages.url("/whoami"), T);
      s.page().waitFor(new Visible(new ByText("cookie: session=abc123", true)), T);
    }
  }

  @Test
  void anExistingOpenDirectoryIsTightened() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("open"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    UserDataDir.prepare(dir);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }

  @Test
  void aSecondLaunchOnTheSameDirectoryIsRefusedClearly() {
    Path dir = tmp.resolve("shared");
    try (BrowserSession first = Browsers.launch(dir)) {
      Set<Long> before = descendants();
      var e = assertThrows(BrowserUnavailableException.class, () -> Browsers.launch(dir));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "the profile's browser data directory "
                      + dir
                      + " is in use by another errand run or browser window"),
          e.getMessage());
      assertTrue(e.getMessage().contains("one browser per profile"), e.getMessage());
      Set<Long> left = descendants();
      left.removeAll(before);
      assertAllExit(left);
      assertTrue(first.page().url().startsWith("about:"), "the first browser is unharmed");
    }
  }

  @Test
  void aFailedLaunchSaysOneLineAndLeavesNoProcess() throws IOException {
    Path notABrowser = tmp.resolve("fake-browser");
    Files.writeString(notABrowser, "#!/bin/sh\necho 'no browser here' >&2\nexit 3\n");
    notABrowser.toFile().setExecutable(true);
    Set<Long> before = descendants();
    var spec = new LaunchSpec(notABrowser.toString(), true, tmp.resolve("p2"), List.of());
    var e =
        assertThrows(
            BrowserUnavailableException.class, () -> new PlaywrightLauncher().launch(spec));
    assertTrue(
        e.getMessage()
            .equals(
                "could not start Browser at "
                    + notABrowser
                    + ": it exited right away (exit code 3): no browser here"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("    at "), e.getMessage());
    Set<Long> left = descendants();
    left.removeAll(before);
    assertAllExit(left);
  }

  @Test
  void probeVersionRunsTheExecutable() {
    FoundBrowser found = BrowserFinder.system().find("").orElseThrow();
    String version = PlaywrightLauncher.probeVersion(found).orElseThrow();
    System.out.println("probed: " + version);
    assertTrue(VersionProbe.number(version).isPresent(), version);
  }

  /** The live (non-zombie) processes below this JVM, but for the shared browser's. */
  private static Set<Long> descendants() {
    return ProcessHandle.current()
        .descendants()
        .filter(PlaywrightLauncherIT::running)
        .filter(p -> !SharedBrowser.owns(p))
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  private static void assertAllExit(Set<Long> pids) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    for (long pid : pids) {
      ProcessHandle.of(pid)
          .ifPresent(
              h -> {
                while (running(h) && System.nanoTime() < deadline) {
                  try {
                    h.onExit().get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                  } catch (Exception ignored) {
                    // still running, or a zombie whose parent has not reaped it yet: look again
                  }
                }
                assertFalse(running(h), "process " + pid + " " + h.info().command() + " is left");
              });
    }
  }

  /** Alive and not a zombie (an exited process its parent has not reaped yet). */
  private static boolean running(ProcessHandle h) {
    if (!h.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return !h.isAlive() ? false : !Files.notExists(Path.of("/proc/" + h.pid()));
    }
  }
}
