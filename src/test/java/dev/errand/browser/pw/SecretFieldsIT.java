package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Locator.ByLabel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * In real Chromium: card fields known only by their label, name or placeholder are payment
 * controls; a screenshot masks password and card fields, fields and text that hold a secret or a
 * card number, and leaves the rest of the page as it is.
 */
@ExtendWith(SharedBrowser.class)
@Timeout(60)
class SecretFieldsIT {

  private static final Duration T = Duration.ofSeconds(10);
  static final String SECRET = "pw-Zq8v-echo";
  static final String BOX = "style=\"display:block;width:400px;height:40px;font:32px monospace\"";

  private static LoopbackBrowser browser;
  private static BrowserPage page;
  private static Page pw;

  @TempDir Path tmp;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
    pw = ((PlaywrightPage) page).playwrightPage();
  }

  @Test
  void cardFieldsAreKnownByLabelNameOrPlaceholderWithoutAutocomplete() {
    browser.open(
        "<form><label>Card number <input autocomplete=off></label>"
            + "<label>Security code <input name=sc></label>"
            + "<label>Expiry (MM/YY) <input></label>"
            + "<label>Your code <input name=cvv2></label>"
            + "<label>Full name <input name=fullname autocomplete=name></label>"
            + "<label>Promo code <input name=promo></label></form>",
        T);
    assertTrue(page.isPaymentControl(new ByLabel("Card number", false)));
    assertTrue(page.isPaymentControl(new ByLabel("Security code", false)));
    assertTrue(page.isPaymentControl(new ByLabel("Expiry (MM/YY)", false)));
    assertTrue(page.isPaymentControl(new ByLabel("Your code", false)), "by its name, cvv2");
    assertFalse(page.isPaymentControl(new ByLabel("Full name", false)));
    assertFalse(page.isPaymentControl(new ByLabel("Promo code", false)));
  }

  @Test
  void aScreenshotMasksSecretsCardsAndPasswordsAndNothingElse() throws IOException {
    browser.open(
        "<body style=\"margin:0;background:#fff;color:#000\">"
            + "<p id=echo "
            + BOX
            + ">You typed "
            + SECRET
            + "</p>"
            + "<p id=card "
            + BOX
            + ">4242 4242 4242 4242</p>"
            + "<input id=pw type=password value=hunter2 "
            + BOX
            + "><input id=value value=\""
            + SECRET
            + "\" "
            + BOX
            + "><input id=cc placeholder=\"Card number\" "
            + BOX
            + "><p id=plain "
            + BOX
            + ">Alex Example</p></body>",
        T);
    Path file = tmp.resolve("shot.png");
    page.screenshot(file, List.of(SECRET));
    BufferedImage shot = ImageIO.read(file.toFile());
    for (String id : List.of("echo", "card", "pw", "value", "cc")) {
      assertEquals(1, colours(shot, "#" + id), id + " is one mask colour");
    }
    assertTrue(colours(shot, "#plain") > 1, "plain text is shown");
    assertEquals(0, pw.locator("[" + ScreenshotMasks.ATTR + "]").count(), "the marks are gone");
  }

  @Test
  void withoutSecretsCardsAndPasswordsAreStillMasked() throws IOException {
    browser.open(
        "<body style=\"margin:0;background:#fff;color:#000\"><p id=card "
            + BOX
            + ">4242-4242-4242-4242</p><input id=pw type=password value=hunter2 "
            + BOX
            + "><p id=echo "
            + BOX
            + ">You typed "
            + SECRET
            + "</p></body>",
        T);
    Path file = tmp.resolve("plain.png");
    page.screenshot(file);
    BufferedImage shot = ImageIO.read(file.toFile());
    assertEquals(1, colours(shot, "#card"));
    assertEquals(1, colours(shot, "#pw"));
    assertTrue(colours(shot, "#echo") > 1, "a secret nobody named is not known");
  }

  /** How many colours the element's box shows in the shot (a mask is one). */
  private static long colours(BufferedImage shot, String selector) {
    BoundingBox b = pw.locator(selector).boundingBox();
    return java.util.stream.IntStream.range((int) b.y + 2, (int) (b.y + b.height) - 2)
        .boxed()
        .flatMap(
            y ->
                java.util.stream.IntStream.range((int) b.x + 2, (int) (b.x + b.width) - 2)
                    .mapToObj(x -> shot.getRGB(x, y)))
        .distinct()
        .count();
  }
}
