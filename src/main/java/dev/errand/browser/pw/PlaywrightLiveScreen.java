package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Screencast;
import com.microsoft.playwright.ScreencastFrame;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.LiveFrame;
import dev.errand.browser.LiveScreen;
import java.util.function.Consumer;

/**
 * The {@link LiveScreen} of a Playwright page: its screencast for the pictures, its mouse and
 * keyboard for input (trusted events, as a person's).
 */
final class PlaywrightLiveScreen implements LiveScreen {

  private static final int QUALITY = 60;

  private final Page page;
  private boolean started;

  PlaywrightLiveScreen(Page page) {
    this.page = page;
  }

  @Override
  public void start(int maxWidth, int maxHeight, Consumer<LiveFrame> frames) {
    if (started) {
      return;
    }
    try {
      page.screencast()
          .start(
              new Screencast.StartOptions()
                  .setQuality(QUALITY)
                  .setSize(maxWidth, maxHeight)
                  .setOnFrame(frame -> frames.accept(of(frame))));
      started = true;
    } catch (PlaywrightException e) {
      throw new BrowserActionException("could not stream the page: " + firstLine(e));
    }
  }

  @Override
  public void stop() {
    if (!started) {
      return;
    }
    started = false;
    try {
      page.screencast().stop();
    } catch (PlaywrightException e) {
      // the page is gone or navigating away: nothing is streaming any more
    }
  }

  @Override
  public void click(double x, double y) {
    act("click", () -> page.mouse().click(x, y));
  }

  @Override
  public void wheel(double x, double y, double dx, double dy) {
    act(
        "scroll",
        () -> {
          page.mouse().move(x, y);
          page.mouse().wheel(dx, dy);
        });
  }

  @Override
  public void type(String text) {
    act("type", () -> page.keyboard().type(text));
  }

  @Override
  public void press(String key) {
    act("press " + key, () -> page.keyboard().press(key));
  }

  private static void act(String what, Runnable action) {
    try {
      action.run();
    } catch (PlaywrightException e) {
      throw new BrowserActionException("could not " + what + " for the person: " + firstLine(e));
    }
  }

  /** A frame's timestamp is in seconds since the epoch (the DevTools protocol's unit). */
  private static LiveFrame of(ScreencastFrame frame) {
    double t = frame.timestamp();
    long millis = t < 1e11 ? Math.round(t * 1000) : Math.round(t);
    return new LiveFrame(frame.data(), millis, frame.viewportWidth(), frame.viewportHeight());
  }

  private static String firstLine(PlaywrightException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
