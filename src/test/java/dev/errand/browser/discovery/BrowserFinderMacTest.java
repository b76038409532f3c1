package dev.errand.browser.discovery;

import static dev.errand.browser.discovery.FakeMachine.finder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link BrowserFinder} on fake macOS layouts. */
class BrowserFinderMacTest {
  private static final String CHROME =
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
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
