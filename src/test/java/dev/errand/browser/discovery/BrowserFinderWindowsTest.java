package dev.errand.browser.discovery;

import static dev.errand.browser.discovery.FakeMachine.finder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserUnavailableException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link BrowserFinder} on fake Windows layouts. */
class BrowserFinderWindowsTest {
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
