package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.errand.browser.BrowserActionException;
import dev.errand.polite.RequestBudget;
import dev.errand.polite.RetryAfter;
import dev.errand.timing.TimeText;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The browser's side of the run's {@link RequestBudget}: errand's own page loads (goto, reload)
 * wait for their turn, the page's own (a form it submitted, a link) are counted when they commit,
 * and an answer that refuses (429, 5xx) leaves the site alone for its {@code Retry-After}. Waits
 * are the page's own pauses, so the browser's events keep flowing.
 */
final class LoadPacer {

  private static final long LONGEST_PAUSE_MS = 250;

  private final Page page;
  private final RequestBudget budget;

  LoadPacer(Page page, RequestBudget budget) {
    this.page = page;
    this.budget = budget;
    page.onFrameNavigated(
        frame -> {
          if (frame.parentFrame() == null) {
            key(frame.url()).ifPresent(site -> budget.record(site, System.nanoTime()));
          }
        });
  }

  /**
   * Waits, within {@code deadline}, until a request to {@code url}'s site may go, then takes it.
   */
  void take(String url, Deadline deadline, String what) {
    Optional<String> site = key(url);
    if (site.isEmpty()) {
      return;
    }
    while (true) {
      awaitSite(site.get(), deadline, what);
      if (budget.tryTake(site.get())) {
        return;
      }
    }
  }

  /**
   * Waits, within {@code deadline}, until {@code url}'s site may get a request: for an action that
   * may load a page (a click on a link or a submit button).
   */
  void awaitTurn(String url, Deadline deadline, String what) {
    key(url).ifPresent(site -> awaitSite(site, deadline, what));
  }

  private void awaitSite(String site, Deadline deadline, String what) {
    while (true) {
      Duration wait = budget.wait(site);
      if (wait.isZero()) {
        return;
      }
      if (wait.toMillis() >= deadline.remainingMs()) {
        throw new BrowserActionException(
            "could not "
                + what
                + ": the site asked errand to wait "
                + TimeText.human(wait)
                + " (Retry-After), longer than the "
                + TimeText.human(deadline.budget())
                + " this step has");
      }
      page.waitForTimeout((double) Math.max(1, Math.min(LONGEST_PAUSE_MS, wait.toMillis())));
    }
  }

  /**
   * What {@code response} says, for the journal ("HTTP 200"); when the site refused, also leaves it
   * alone for its {@code Retry-After} and says so in the returned refusal.
   */
  Answer answer(String url, Response response) {
    if (response == null) {
      return new Answer("no new document", Optional.empty());
    }
    int status = response.status();
    String text =
        "HTTP " + status + (response.statusText().isBlank() ? "" : " " + response.statusText());
    Optional<String> site = key(url);
    if (!RequestBudget.refusal(status)) {
      site.ifPresent(budget::answered);
      return new Answer(text, Optional.empty());
    }
    String header = response.headerValue("retry-after");
    Optional<Duration> asked =
        RetryAfter.parse(header, response.headerValue("date"), Instant.now());
    Duration wait = site.map(s -> budget.refused(s, asked)).orElse(asked.orElse(Duration.ZERO));
    return new Answer(
        text,
        Optional.of(
            text
                + (asked.isPresent()
                    ? " (Retry-After " + TimeText.human(wait) + ")"
                    : " (errand leaves the site alone for " + TimeText.human(wait) + ")")));
  }

  /**
   * What a page load got.
   *
   * @param status e.g. "HTTP 200 OK"
   * @param refusal set when the site refused (429, 5xx): what it said
   */
  record Answer(String status, Optional<String> refusal) {}

  private static Optional<String> key(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return Optional.empty();
      }
      return Optional.of(RequestBudget.site(uri));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
