package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserUnavailableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BrowserFinderTest {

  /** A fake machine: a set of executable files and a map of directory listings. */
  private static BrowserFinder finder(
      String os, Map<String, String> env, String home, Set<String> executables) {
    return finder(os, env, home, executables, Map.of());
  }

  private static BrowserFinder finder(
      String os,
      Map<String, String> env,
      String home,
      Set<String> executables,
      Map<String, List<String>> dirs) {
    return new BrowserFinder(
        os, env, home, executables::contains, d -> dirs.getOrDefault(d, List.of()));
  }

  @Nested
  class Linux {
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
          finder(
              "Linux", env, "/home/me", Set.of("/snap/bin/chromium", "/usr/bin/chromium-browser"));
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
      var f =
          finder("Linux", env, "/home/me", Set.of("/usr/bin/google-chrome", "/usr/bin/chromium"));
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

  @Nested
  class Mac {
    static final String CHROME = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    final Map<String, String> env = Map.of("PATH", "/opt/homebrew/bin:/usr/bin:/bin");

    @Test
    void findsChromeInApplications() {
      var f = finder("Mac OS X", env, "/Users/me", Set.of(CHROME));
      assertEquals(CHROME, f.find("").orElseThrow().executable());
    }

    @Test
    void findsChromiumAndEdgeUnderTheUsersApplications() {
      String userChromium = "/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium";
      String edge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
      var f = finder("Mac OS X", env, "/Users/me", Set.of(userChromium, edge));
      assertEquals(userChromium, f.find("").orElseThrow().executable());
      var r = f.find("");
      assertEquals(
          List.of(
              CHROME,
              "/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
              "/Applications/Chromium.app/Contents/MacOS/Chromium",
              userChromium),
          r.looked());
    }

    @Test
    void channelInUsersApplicationsIsUsedByPath() {
      String user = "/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
      var b = finder("Mac OS X", env, "/Users/me", Set.of(user)).find("chrome").orElseThrow();
      assertEquals(FoundBrowser.Kind.PATH, b.kind());
      assertEquals(user, b.executable());
      var c = finder("Mac OS X", env, "/Users/me", Set.of(CHROME)).find("chrome").orElseThrow();
      assertEquals(FoundBrowser.Kind.CHANNEL, c.kind());
    }

    @Test
    void appBundleSettingResolvesToItsExecutable() {
      var f = finder("Mac OS X", env, "/Users/me", Set.of(CHROME));
      assertEquals(CHROME, f.find("/Applications/Google Chrome.app").orElseThrow().executable());
    }

    @Test
    void playwrightCacheIsInLibraryCaches() {
      var r =
          finder(
                  "Mac OS X",
                  Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "true"),
                  "/Users/me",
                  Set.of())
              .find("");
      assertTrue(r.found().isEmpty());
      assertTrue(
          r.looked().contains("Playwright's browsers in /Users/me/Library/Caches/ms-playwright"),
          r.looked().toString());
    }
  }

  @Nested
  class Windows {
    final Map<String, String> env =
        Map.of(
            "ProgramFiles", "C:\\Program Files",
            "ProgramFiles(x86)", "C:\\Program Files (x86)",
            "LOCALAPPDATA", "C:\\Users\\me\\AppData\\Local",
            "Path", "C:\\Windows\\system32;C:\\tools");

    @Test
    void findsChromeInProgramFiles() {
      String chrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
      String edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
      var f = finder("Windows 11", env, "C:\\Users\\me", Set.of(chrome, edge));
      assertEquals(chrome, f.find("").orElseThrow().executable());
    }

    @Test
    void findsPerUserChromeThenEdge() {
      String userChrome = "C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
      String edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
      var f = finder("Windows 10", env, "C:\\Users\\me", Set.of(userChrome, edge));
      assertEquals(userChrome, f.find("").orElseThrow().executable());
      var g = finder("Windows 10", env, "C:\\Users\\me", Set.of(edge));
      assertEquals(edge, g.find("").orElseThrow().executable());
      var ch = g.find("msedge").orElseThrow();
      assertEquals(FoundBrowser.Kind.CHANNEL, ch.kind());
      assertEquals("msedge", ch.channel());
    }

    @Test
    void envNamesAreCaseInsensitiveAndPathIsSearched() {
      var f =
          finder(
              "Windows 11",
              Map.of("PATH", "C:\\tools"),
              "C:\\Users\\me",
              Set.of("C:\\tools\\chrome.exe"));
      assertEquals("C:\\tools\\chrome.exe", f.find("").orElseThrow().executable());
    }

    @Test
    void defaultsWithoutEnvironment() {
      var r =
          finder(
                  "Windows 11",
                  Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
                  "C:\\Users\\me",
                  Set.of())
              .find("");
      assertTrue(r.found().isEmpty());
      assertEquals("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", r.looked().get(0));
      assertTrue(
          r.looked()
              .contains("Playwright's browsers in C:\\Users\\me\\AppData\\Local\\ms-playwright"),
          r.looked().toString());
    }

    @Test
    void windowsPathSettingIsAPath() {
      var f = finder("Windows 11", env, "C:\\Users\\me", Set.of("D:\\Chrome\\chrome.exe"));
      assertEquals(
          "D:\\Chrome\\chrome.exe", f.find("D:\\Chrome\\chrome.exe").orElseThrow().executable());
      assertThrows(BrowserUnavailableException.class, () -> f.find("D:\\Nope\\chrome.exe"));
    }
  }
}
