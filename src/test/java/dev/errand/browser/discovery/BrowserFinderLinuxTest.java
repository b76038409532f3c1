package dev.errand.browser.discovery;

import static dev.errand.browser.discovery.FakeMachine.finder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserUnavailableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link BrowserFinder} on fake Linux layouts. */
class BrowserFinderLinuxTest {
  final Map<String, String> env = Map.of("PATH", "/home/me/bin:/usr/local/bin:/usr/bin");

  @Test
  void prefersChromeOverChromiumOverEdge() {
    var f =
        finder(
            "Linux",
            env,
            "/home/me",
            Set.of("/usr/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge"));
    FoundBrowser b = f.find("").orElseThrow();
    assertEquals(FoundBrowser.Kind.PATH, b.kind());
    assertEquals("/usr/bin/google-chrome", b.executable());
    assertEquals("Google Chrome at /usr/bin/google-chrome", b.description());
  }

  @Test
  void findsDebianChromium() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/bin/chromium"));
    var r = f.find("");
    assertEquals("/usr/bin/chromium", r.orElseThrow().executable());
    assertEquals(
        List.of(
            "/usr/bin/google-chrome-stable",
            "/usr/bin/google-chrome",
            "/opt/google/chrome/chrome",
            "/usr/bin/chromium"),
        r.looked());
  }

  @Test
  void snapAndEdgeComeAfterDistributionChromium() {
    var f =
        finder("Linux", env, "/home/me", Set.of("/snap/bin/chromium", "/usr/bin/chromium-browser"));
    assertEquals("/usr/bin/chromium-browser", f.find("").orElseThrow().executable());
    var edgeOnly = finder("Linux", env, "/home/me", Set.of("/opt/microsoft/msedge/msedge"));
    assertEquals("Microsoft Edge", BrowserNames.of(edgeOnly.find("").orElseThrow()));
  }

  @Test
  void thenLooksOnPath() {
    var f = finder("Linux", env, "/home/me", Set.of("/home/me/bin/chromium"));
    assertEquals("/home/me/bin/chromium", f.find("").orElseThrow().executable());
  }

  @Test
  void lastResortIsPlaywrightsChromium() {
    var f =
        finder(
            "Linux",
            env,
            "/home/me",
            Set.of(),
            Map.of("/home/me/.cache/ms-playwright", List.of("chromium-1200", "ffmpeg-1011")));
    FoundBrowser b = f.find("").orElseThrow();
    assertEquals(FoundBrowser.Kind.BUNDLED, b.kind());
    assertNull(b.executable());
    assertTrue(b.description().contains("/home/me/.cache/ms-playwright"), b.description());
  }

  @Test
  void bundledNotDownloadedMeansPlaywrightWillDownload() {
    var b = finder("Linux", env, "/home/me", Set.of()).find("").orElseThrow();
    assertEquals(FoundBrowser.Kind.BUNDLED, b.kind());
    assertTrue(b.description().contains("will download"), b.description());
  }

  @Test
  void nothingWhenDownloadsAreSkipped() {
    Map<String, String> e = new HashMap<>(env);
    e.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    var r = finder("Linux", e, "/home/me", Set.of()).find("");
    assertTrue(r.found().isEmpty());
    assertTrue(r.looked().contains("/snap/bin/chromium"));
    assertTrue(r.looked().stream().anyMatch(p -> p.startsWith("PATH (")));
    var ex = assertThrows(BrowserUnavailableException.class, r::orElseThrow);
    assertTrue(ex.getMessage().startsWith("No Chrome, Chromium or Edge found"), ex.getMessage());
    assertTrue(ex.getMessage().contains("apt install chromium"), ex.getMessage());
    assertTrue(ex.getMessage().contains("browser setting"), ex.getMessage());
  }

  @Test
  void playwrightBrowsersPathIsHonoured() {
    Map<String, String> e = Map.of("PLAYWRIGHT_BROWSERS_PATH", "/srv/pw");
    var b =
        finder("Linux", e, "/home/me", Set.of(), Map.of("/srv/pw", List.of("chromium-1200")))
            .find("")
            .orElseThrow();
    assertTrue(b.description().contains("/srv/pw"), b.description());
  }

  @Test
  void settingAPathUsesIt() {
    var f = finder("Linux", env, "/home/me", Set.of("/opt/brave/brave", "/usr/bin/chromium"));
    var b = f.find("/opt/brave/brave").orElseThrow();
    assertEquals(FoundBrowser.Kind.PATH, b.kind());
    assertEquals("/opt/brave/brave", b.executable());
  }

  @Test
  void settingATildePathExpandsHome() {
    var f = finder("Linux", env, "/home/me", Set.of("/home/me/chrome/chrome"));
    assertEquals("/home/me/chrome/chrome", f.find("~/chrome/chrome").orElseThrow().executable());
  }

  @Test
  void settingAMissingPathIsAnError() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/bin/chromium"));
    var e = assertThrows(BrowserUnavailableException.class, () -> f.find("/opt/nope/chrome"));
    assertTrue(e.getMessage().contains("'/opt/nope/chrome'"), e.getMessage());
    assertTrue(e.getMessage().contains("no executable file"), e.getMessage());
    assertTrue(e.getMessage().contains("chrome, chrome-beta, msedge, chromium"), e.getMessage());
  }

  @Test
  void settingChromeChannelUsesPlaywrightsChannelWhenInItsPlace() {
    var f = finder("Linux", env, "/home/me", Set.of("/opt/google/chrome/chrome"));
    var b = f.find("chrome").orElseThrow();
    assertEquals(FoundBrowser.Kind.CHANNEL, b.kind());
    assertEquals("chrome", b.channel());
    assertEquals("/opt/google/chrome/chrome", b.executable());
  }

  @Test
  void settingAChannelNotInstalledIsAnError() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/bin/chromium"));
    var e = assertThrows(BrowserUnavailableException.class, () -> f.find("msedge"));
    assertTrue(e.getMessage().contains("Microsoft Edge is not installed"), e.getMessage());
    assertTrue(e.getMessage().contains("/opt/microsoft/msedge/msedge"), e.getMessage());
  }

  @Test
  void settingChromiumPicksTheInstalledOne() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/bin/google-chrome", "/usr/bin/chromium"));
    assertEquals("/usr/bin/chromium", f.find("chromium").orElseThrow().executable());
  }

  @Test
  void settingChromiumFallsBackToPlaywrightsChromium() {
    var b = finder("Linux", env, "/home/me", Set.of()).find("Chromium").orElseThrow();
    assertEquals(FoundBrowser.Kind.BUNDLED, b.kind());
    assertEquals("chromium", b.channel());
  }

  @Test
  void settingACommandNameLooksOnPath() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/local/bin/brave-browser"));
    assertEquals(
        "/usr/local/bin/brave-browser", f.find("brave-browser").orElseThrow().executable());
  }

  @Test
  void typoInChannelSuggestsTheChannel() {
    var f = finder("Linux", env, "/home/me", Set.of("/usr/bin/chromium"));
    var e = assertThrows(BrowserUnavailableException.class, () -> f.find("crome"));
    assertTrue(e.getMessage().contains("did you mean 'chrome'?"), e.getMessage());
    e = assertThrows(BrowserUnavailableException.class, () -> f.find("chromum"));
    assertTrue(e.getMessage().contains("did you mean 'chromium'?"), e.getMessage());
    e = assertThrows(BrowserUnavailableException.class, () -> f.find("edge"));
    assertTrue(e.getMessage().contains("did you mean 'msedge'?"), e.getMessage());
    e = assertThrows(BrowserUnavailableException.class, () -> f.find("netscape"));
    assertTrue(e.getMessage().contains("neither an executable file nor a known channel."));
  }

  @Test
  void firefoxIsExplainedNotGuessed() {
    var f = finder("Linux", env, "/home/me", Set.of());
    var e = assertThrows(BrowserUnavailableException.class, () -> f.find("firefox"));
    assertTrue(e.getMessage().contains("Chromium-based browsers only"), e.getMessage());
  }
}
