package dev.errand.browser.pw;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.Detection;
import dev.errand.browser.recognition.DetectScripts;
import dev.errand.browser.recognition.FrameFacts;
import dev.errand.browser.recognition.PageScan;
import dev.errand.browser.recognition.Sightings;
import dev.errand.browser.recognition.Signature;
import dev.errand.browser.recognition.Signatures;
import java.util.List;

/**
 * Looks for challenges and payment entry on a page: one {@code evaluate} of the detection script in
 * the main frame (which also reads same-origin frames), then the URLs and names of all frames as
 * Playwright already knows them, without a round trip. Only a frame that fits a signature and whose
 * iframe element the script could not see (a closed shadow root, a cross-origin parent) costs one
 * more look, at that element's visibility.
 */
final class Detector {

  private static final int ATTEMPTS = 3;

  private final Page page;
  private final List<Signature> table = Signatures.ALL;
  private final List<Signature> frameSignatures = Signatures.onFrames();

  Detector(Page page) {
    this.page = page;
  }

  /** What is visible now; empty while the page is between documents. */
  List<Detection> detect() {
    for (int attempt = 1; ; attempt++) {
      try {
        return once();
      } catch (PlaywrightException e) {
        if (!isTransient(e)) {
          throw new BrowserActionException(
              "could not look for challenges and payment entry: " + PlaywrightErrors.headline(e),
              e);
        }
        if (attempt >= ATTEMPTS) {
          return List.of();
        }
      }
    }
  }

  private List<Detection> once() {
    PageScan scan = PageScan.of(page.evaluate(DetectScripts.detect(), DetectScripts.table()));
    Sightings seen = new Sightings(table);
    for (PageScan.Hit hit : scan.hits()) {
      if (hit.index() >= 0 && hit.index() < table.size()) {
        Signature s = table.get(hit.index());
        seen.add(s, evidence(s, hit.where()));
      }
    }
    for (PageScan.FrameElement f : scan.frames()) {
      if (f.visible()) {
        for (Signature s : f.facts().matching(frameSignatures)) {
          seen.add(s, within(f.facts().evidence(s), f.where()));
        }
      }
    }
    Frame main = page.mainFrame();
    for (Frame frame : page.frames()) {
      if (frame == main) {
        continue;
      }
      FrameFacts facts = new FrameFacts(frame.url(), frame.name(), null);
      for (Signature s : facts.matching(frameSignatures)) {
        if (!seen.seen(s) && visible(frame, scan)) {
          seen.add(s, facts.evidence(s));
        }
      }
    }
    return seen.detections();
  }

  private static boolean visible(Frame frame, PageScan scan) {
    return scan.visibility(frame.url(), frame.name()).orElseGet(() -> elementVisible(frame));
  }

  /** One look at the frame's iframe element; a frame that went away is not visible. */
  private static boolean elementVisible(Frame frame) {
    try {
      ElementHandle element = frame.frameElement();
      try {
        return element.isVisible();
      } finally {
        element.dispose();
      }
    } catch (PlaywrightException e) {
      return false;
    }
  }

  private static String evidence(Signature s, String where) {
    String seen =
        switch (s.clue()) {
          case TEXT -> "text \"" + s.value() + "\"";
          case TITLE -> "title \"" + s.value() + "\"";
          case HEADLINE -> "heading \"" + s.value() + "\"";
          default -> s.value();
        };
    return within(seen, where);
  }

  private static String within(String evidence, String where) {
    return where.isEmpty() ? evidence : evidence + " in frame " + where;
  }

  static boolean isTransient(PlaywrightException e) {
    return PlaywrightErrors.mentions(e, "context was destroyed")
        || PlaywrightErrors.mentions(e, "frame was detached")
        || PlaywrightErrors.mentions(e, "because of a navigation")
        || PlaywrightErrors.mentions(e, "navigating");
  }
}
