package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handoff's screenshot shows the whole page, so the pay button below the fold is in it: a
 * full-page shot of a page three windows tall is taller than the window's (HandoffScreenshotTest:
 * the handoff, and a {@code screenshot: {full-page: true}} step, take that one).
 */
@ExtendWith(SharedBrowser.class)
class FullPageScreenshotIT {

  private static final Duration T = Duration.ofSeconds(5);

  @TempDir Path tmp;

  @Test
  void theFullPageShotHoldsWhatIsBelowTheFold(LoopbackBrowser browser) throws IOException {
    BrowserPage page = browser.page();
    browser.open(
        "<h1>Payment</h1><div style='height:2400px'>Order summary</div>"
            + "<button>Pay now</button>",
        T);
    Path window = tmp.resolve("window.png");
    Path whole = tmp.resolve("whole.png");
    page.screenshot(window, List.of());
    page.fullPageScreenshot(whole, List.of());
    int windowHeight = pngHeight(window);
    int wholeHeight = pngHeight(whole);
    assertTrue(
        wholeHeight > 2400 && wholeHeight > windowHeight,
        "whole page " + wholeHeight + " px, window " + windowHeight + " px");
  }

  /** The height in a PNG's IHDR chunk. */
  static int pngHeight(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png);
        DataInputStream data = new DataInputStream(in)) {
      data.skipNBytes(8 + 4 + 4 + 4); // signature, chunk length, "IHDR", width
      return data.readInt();
    }
  }
}
