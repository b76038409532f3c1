package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import java.time.Duration;
import java.util.Optional;

/**
 * Nothing happens on a server's error page (a 503 where the basket or the payment page should be):
 * a page that came from a plain load (a link, a redirect after a form) is loaded again, politely
 * (the load itself waits and retries as the site allows); one that answered a form the page
 * submitted is a {@link FormRefused}, for the runner to go back and send the form again. An error
 * page that stays is a failure, never a step's success or the person's turn.
 */
public final class ErrorPageGuard {

  private ErrorPageGuard() {}

  /**
   * Returns once the page shown is the site's own page; throws when it stays an error page.
   *
   * @param due what was due on the page, for the messages ("the payment handoff"), if anything
   * @throws BrowserActionException saying what the site answered
   * @throws FormRefused when the error page answered a form
   */
  public static void ensureSitePage(
      BrowserPage page, RunListener listener, Duration timeout, Optional<String> due) {
    Optional<String> error = page.errorPage();
    if (error.isEmpty()) {
      return;
    }
    String where = due.map(d -> " where " + d + " was due").orElse("");
    if (page.shownAfterSubmit()) {
      throw new FormRefused(
          "the site answered the form with an error page (" + error.get() + ")" + where);
    }
    String url = page.url();
    listener.note(
        "the site answered an error page ("
            + error.get()
            + ")"
            + where
            + ": errand loads it again");
    String answer = page.navigate(url, timeout);
    Optional<String> still = page.errorPage();
    if (still.isPresent()) {
      throw new BrowserActionException(
          "the site kept answering an error page at "
              + url
              + " ("
              + still.get()
              + "; "
              + answer
              + ")"
              + where);
    }
    listener.note("loaded again: " + answer);
  }
}
