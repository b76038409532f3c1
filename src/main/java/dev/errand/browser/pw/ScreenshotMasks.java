package dev.errand.browser.pw;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.CardFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a screenshot masks ({@code mask.js}): in every frame, password and card fields, fields whose
 * value holds a secret or a card number, and the innermost elements whose text holds one. They are
 * marked with an attribute for the screenshot's masks and unmarked after it.
 */
final class ScreenshotMasks {

  static final String ATTR = "data-errand-mask";
  private static final String MARK = ScriptResource.load("mask.js");
  private static final String UNMARK =
      "attr => { for (const el of document.querySelectorAll('[' + attr + ']'))"
          + " el.removeAttribute(attr); }";

  private ScreenshotMasks() {}

  /**
   * Marks what must not show and returns a locator per frame that has any. A main frame that cannot
   * be read fails: a screenshot that might show a secret is not taken.
   */
  static List<Locator> mark(Page page, List<String> secrets) {
    Map<String, Object> args =
        Map.of("attr", ATTR, "secrets", secrets, "cardField", CardFields.HINT_SOURCE);
    List<Locator> masks = new ArrayList<>();
    for (Frame frame : page.frames()) {
      boolean main = frame == page.mainFrame();
      try {
        Object marked = frame.evaluate(MARK, args);
        if (marked instanceof Number n && n.intValue() > 0) {
          masks.add(frame.locator("[" + ATTR + "]"));
        }
      } catch (PlaywrightException e) {
        if (main) {
          throw new BrowserActionException(
              "could not mask the page's secret fields for a screenshot: "
                  + PlaywrightErrors.headline(e),
              e);
        }
        // a frame that went away or cannot be read shows nothing errand typed
      }
    }
    return masks;
  }

  /** Takes the marks off again, where the frames are still there. */
  static void unmark(Page page) {
    for (Frame frame : page.frames()) {
      try {
        frame.evaluate(UNMARK, ATTR);
      } catch (PlaywrightException e) {
        // gone with its document: nothing to take off
      }
    }
  }
}
