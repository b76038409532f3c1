package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.QueueState;
import dev.errand.browser.recognition.RoomFacts;
import dev.errand.browser.recognition.RoomScript;
import dev.errand.browser.recognition.WaitingRoomSigns;
import java.util.List;
import java.util.Optional;

/**
 * Reads whether the page is a waiting room: one {@code evaluate} of the room script in the main
 * frame, once its document is ready (a document that has only just arrived is not judged by its
 * first bytes). A page between documents (a room that refreshes itself, or lets the person through)
 * is read again once its new document is ready.
 */
final class RoomReader {

  private static final int ATTEMPTS = 3;
  private static final double SETTLE_MS = 5_000;

  private final Page page;

  RoomReader(Page page) {
    this.page = page;
  }

  Optional<QueueState> read() {
    settle();
    for (int attempt = 1; ; attempt++) {
      try {
        Object facts =
            page.evaluate(
                RoomScript.source(), List.of(WaitingRoomSigns.MARKUP, WaitingRoomSigns.TEXT_READ));
        return WaitingRoomSigns.recognise(RoomFacts.of(facts));
      } catch (PlaywrightException e) {
        if (!Detector.isTransient(e) || attempt >= ATTEMPTS) {
          throw new BrowserActionException(
              "could not tell whether the page is a waiting room: " + PlaywrightErrors.headline(e),
              e);
        }
        settle();
      }
    }
  }

  private void settle() {
    try {
      page.waitForLoadState(
          LoadState.DOMCONTENTLOADED, new Page.WaitForLoadStateOptions().setTimeout(SETTLE_MS));
    } catch (PlaywrightException ignored) {
      // read again anyway: the next attempt says what is wrong
    }
  }
}
