package dev.errand.scaffold;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserLauncher;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.PageSketch;
import dev.errand.os.Folders;
import dev.errand.polite.RequestBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One look at the page a recipe is for: a headless browser with a fresh, throw-away profile (none
 * of the person's logins), one page load in its turn in the site's request budget, never repeated.
 * When the page does not answer, or no browser starts, it says why in a few words instead.
 */
public final class PageLook {

  /** What the look found, or why there is nothing. */
  public record Result(Optional<PageSketch> survey, Optional<String> whyNot) {}

  private PageLook() {}

  public static Result at(
      BrowserLauncher launcher,
      String browserSetting,
      URI url,
      RequestBudget budget,
      Duration timeout) {
    Path dir;
    try {
      dir = Files.createTempDirectory("errand-new-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (BrowserSession session =
        launcher.launch(
            new LaunchSpec(browserSetting, true, dir.resolve("browser"), List.of(), budget))) {
      return new Result(
          Optional.of(session.page().sketch(url.toString(), timeout)), Optional.empty());
    } catch (BrowserUnavailableException e) {
      return new Result(
          Optional.empty(), Optional.of("no browser to look with (" + e.getMessage() + ")"));
    } catch (BrowserActionException e) {
      return new Result(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    } finally {
      Folders.deleteQuietly(dir);
    }
  }
}
