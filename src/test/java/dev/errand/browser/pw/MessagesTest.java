package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.text.Suggestions;
import dev.errand.timing.TimeText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Person-facing messages built from Playwright's error texts (recorded from Playwright 1.62). */
class MessagesTest {

  private static final String OVERLAY =
      "Error {\n  message='Timeout 1000ms exceeded.\n  name='TimeoutError\n  stack='TimeoutError:"
          + " Timeout 1000ms exceeded.\n    at _ProgressController.run (/tmp/x/coreBundle.js:1:2)\n}"
          + "\nCall log:\n-   - waiting for locator(\"#b\")\n-     - locator resolved to <button"
          + " id=\"b\">Buy</button>\n-   - attempting click action\n-       - <div id=\"ov\">cookie"
          + "</div> intercepts pointer events\n-     - retrying click action\n";

  @Test
  void headlineIsTheMessageWithoutStackOrPrefix() {
    var e =
        new PlaywrightException(
            "Error {\n  message='net::ERR_NAME_NOT_RESOLVED at http://x.invalid/\n  name='Error\n"
                + "  stack='Error: net::ERR_NAME_NOT_RESOLVED\n    at a (b.js:1:2)\n}\nCall log:\n");
    assertEquals("net::ERR_NAME_NOT_RESOLVED at http://x.invalid/", PlaywrightErrors.headline(e));
    var plain = new PlaywrightException("BrowserType.launchPersistentContext: Failed\nmore");
    assertEquals("Failed", PlaywrightErrors.headline(plain));
  }

  @Test
  void coveredElement() {
    var m =
        ActionErrors.of(
                "click",
                "{role: button, name: 'Buy'}",
                Duration.ofSeconds(1),
                new TimeoutError(OVERLAY))
            .getMessage();
    assertEquals(
        "could not click {role: button, name: 'Buy'}: it is covered by another element"
            + " (<div id=\"ov\">) — a cookie banner or dialog?",
        m);
  }

  @Test
  void plainTimeoutAndDisabled() {
    var t =
        new TimeoutError("Error {\n  message='Timeout 500ms exceeded.\n}\nCall log:\n- waiting\n");
    assertEquals(
        "could not fill '#x' within 500ms",
        ActionErrors.of("fill", "'#x'", Duration.ofMillis(500), t).getMessage());
    var d =
        new TimeoutError(
            "Error {\n  message='Timeout 10000ms exceeded.\n}\nCall log:\n  - element is not"
                + " enabled\n");
    assertEquals(
        "could not click 'Buy': it stayed disabled",
        ActionErrors.of("click", "'Buy'", Duration.ofSeconds(10), d).getMessage());
  }

  @Test
  void closedWindow() {
    var e = new PlaywrightException("Target page, context or browser has been closed");
    assertTrue(
        ActionErrors.of("click", "'x'", Duration.ofSeconds(1), e)
            .getMessage()
            .endsWith("the browser window was closed"));
  }

  @Test
  void navigationErrors() {
    for (var c :
        List.of(
            List.of("net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/", "connection refused"),
            List.of("net::ERR_NAME_NOT_RESOLVED at http://x/", "the host name could not be found"),
            List.of("net::ERR_CERT_DATE_INVALID at https://x/", "certificate is not valid"),
            List.of("net::ERR_SOME_NEW_THING at https://x/", "some new thing"))) {
      var e = new PlaywrightException("Error {\n  message='" + c.get(0) + "\n}");
      String m = NavigationErrors.of("http://x/", Duration.ofSeconds(5), e).getMessage();
      assertTrue(m.startsWith("could not open http://x/: "), m);
      assertTrue(m.contains(c.get(1)), m);
      assertFalse(m.contains("net::"), m);
    }
    var t = new TimeoutError("Error {\n  message='Timeout 5000ms exceeded.\n}");
    assertEquals(
        "could not open http://x/: no page within 5s",
        NavigationErrors.of("http://x/", Duration.ofSeconds(5), t).getMessage());
  }

  @Test
  void unknownRoleSuggests() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BrowserActionException.class, () -> RoleNames.toAria("buton"));
    assertTrue(e.getMessage().contains("did you mean 'button'?"), e.getMessage());
    assertEquals(com.microsoft.playwright.options.AriaRole.MENUITEM, RoleNames.toAria("menuitem"));
    assertEquals(com.microsoft.playwright.options.AriaRole.COMBOBOX, RoleNames.toAria("ComboBox"));
  }

  @Test
  void helpers() {
    assertEquals("10s", TimeText.human(Duration.ofSeconds(10)));
    assertEquals("1.5s", TimeText.human(Duration.ofMillis(1500)));
    assertEquals("250ms", TimeText.human(Duration.ofMillis(250)));
    assertEquals("1st", dev.errand.browser.MatchDescription.ordinal(1));
    assertEquals("2nd", dev.errand.browser.MatchDescription.ordinal(2));
    assertEquals("3rd", dev.errand.browser.MatchDescription.ordinal(3));
    assertEquals("11th", dev.errand.browser.MatchDescription.ordinal(11));
    assertEquals("22nd", dev.errand.browser.MatchDescription.ordinal(22));
  }

  @Test
  void launchErrors() {
    FoundBrowser chromium = FoundBrowser.atPath("/usr/bin/chromium");
    Path dir = Path.of("/home/me/.errand/profiles/alice/browser");
    var locked =
        new PlaywrightException(
            "Error {\n  message='Failed to create a ProcessSingleton for your profile directory."
                + " This usually means that the profile is already in use by another instance of"
                + " Chromium.\n  name='Error\n}");
    var inUse = LaunchErrors.translate(locked, chromium, dir);
    assertEquals(
        "the profile's browser data directory /home/me/.errand/profiles/alice/browser is in use by"
            + " another errand run or browser window: one browser per profile. Wait for that run to"
            + " end or close that window, or use another profile.",
        inUse.getMessage());
    assertTrue(
        inUse instanceof dev.errand.browser.ProfileInUseException,
        "its own exit code, not 'no browser'");
    var other = new PlaywrightException("Error {\n  message='Something odd\nmore\n}");
    assertEquals(
        "could not start Chromium at /usr/bin/chromium: Something odd",
        LaunchErrors.translate(other, chromium, dir).getMessage());
    var bundled =
        LaunchErrors.translate(other, FoundBrowser.bundled("(not downloaded yet)"), dir)
            .getMessage();
    assertTrue(bundled.startsWith("no Chrome, Chromium or Edge is installed"), bundled);
  }

  @Test
  void optionPrefixNeverMatchesASubstring() {
    var p = OptionPicker.prefixPattern("M");
    assertTrue(p.matcher("M").find());
    assertTrue(p.matcher("m (only 2 left)").find());
    assertTrue(p.matcher("M – sold out").find());
    assertFalse(p.matcher("XM").find());
    assertFalse(p.matcher("Medium").find());
    var shoe = OptionPicker.prefixPattern("42");
    assertFalse(shoe.matcher("42.5").find());
    assertTrue(shoe.matcher("42 EU").find());
    assertTrue(OptionPicker.prefixPattern("1+1 (x)").matcher("1+1 (x) bundle").find());
  }

  @Test
  void suggestions() {
    assertEquals("chrome", Suggestions.closest("crome", BrowserFinder.CHANNELS).orElseThrow());
    assertTrue(Suggestions.closest("netscape", BrowserFinder.CHANNELS).isEmpty());
  }
}
