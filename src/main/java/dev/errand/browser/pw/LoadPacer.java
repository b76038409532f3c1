package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.PageEvents;
import dev.errand.browser.recognition.BlockPageSigns;
import dev.errand.browser.recognition.ErrorPageSigns;
import dev.errand.polite.RequestBudget;
import dev.errand.polite.RetryAfter;
import dev.errand.polite.SoftBanSentinel;
import dev.errand.timing.TimeText;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The browser's side of the run's {@link RequestBudget}: errand's own page loads (goto, reload)
 * wait for their turn, the page's own (a form it submitted, a link) are counted when their document
 * answers, and an answer that refuses (429, 5xx, or an error page whatever its status) leaves the
 * site alone for its {@code Retry-After} or a backoff. Every main document's answer is told to the
 * run ({@link PageEvents}) and to the {@link SoftBanSentinel}. Waits are the page's own pauses, so
 * the browser's events keep flowing.
 */
final class LoadPacer {

  private static final long LONGEST_PAUSE_MS = 250;

  private final Page page;
  private final RequestBudget budget;

  LoadPacer(Page page, RequestBudget budget) {
    this.page = page;
    this.budget = budget;
    page.onResponse(
        response -> {
          if (response.request().isNavigationRequest() && response.frame().parentFrame() == null) {
            answered(response);
          }
        });
  }

  /**
   * A main document answered: counted in the budget (a load errand took its turn for is counted
   * already; a redirect's follow-up belongs to its load), told to the listener and the sentinel.
   */
  private void answered(Response response) {
    boolean redirect = response.request().redirectedFrom() != null;
    Optional<String> site = key(response.url());
    boolean own = !redirect && taken;
    if (redirect) {
      site.ifPresent(s -> budget.followed(s, System.nanoTime()));
    } else if (taken) {
      taken = false;
    } else {
      site.ifPresent(s -> budget.record(s, System.nanoTime()));
    }
    if (!own && site.isPresent()) {
      // a load errand did not make (a form, a link, a redirect): its refusal binds the next
      // request as much (errand's own loads are answered in answer())
      pageLoadAnswered(site.get(), response);
    }
    document =
        new Document(
            response.url(), response.status(), response.statusText(), response.request().method());
    sentinel.answered(response.status());
    events.answered(
        new PageEvents.Answer(
            response.url(),
            response.status(),
            response.statusText(),
            response.request().method(),
            redirect));
  }

  /**
   * The site answered a page load the page made: a refusal leaves it alone for its {@code
   * Retry-After} (read from the headers the answer came with, without a round trip) or a backoff.
   */
  private void pageLoadAnswered(String site, Response response) {
    if (!RequestBudget.refusal(response.status())) {
      budget.answered(site);
      return;
    }
    var headers = response.headers();
    budget.refused(
        site, RetryAfter.parse(headers.get("retry-after"), headers.get("date"), Instant.now()));
  }

  /** Whether errand took the turn of the page load under way, which is then counted already. */
  private boolean taken;

  private PageEvents events = PageEvents.NONE;

  private final SoftBanSentinel sentinel = new SoftBanSentinel();

  /** The last document read for block signs: not read again. */
  private @Nullable Document blockRead;

  /** A page load errand took its turn for is over, answered or not. */
  void settled() {
    taken = false;
  }

  /** Who hears of every main document's answer and every retry. */
  void listen(PageEvents listener) {
    this.events = listener;
  }

  /** The listener, to tell of a retry. */
  PageEvents events() {
    return events;
  }

  /** The run's request budget. */
  RequestBudget budget() {
    return budget;
  }

  /**
   * Why the site is taken to refuse errand ({@link SoftBanSentinel}): a streak of 403/429 answers,
   * or a document shown (one that came with a 4xx status other than 404 and 410) that says errand
   * is blocked. Reads such a document once; any other costs nothing.
   */
  @SuppressWarnings("ReferenceEquality") // one answer, one document
  Optional<String> blocked() {
    Optional<String> verdict = sentinel.verdict();
    Document d = document;
    if (verdict.isPresent()
        || d == null
        || d == blockRead
        || d.status() < 400
        || d.status() >= 500
        || d.status() == 404
        || d.status() == 410
        || !d.url().equals(page.url())) {
      return verdict;
    }
    blockRead = d;
    read(Deadline.in(Duration.ofSeconds(2)))
        .flatMap(
            r -> BlockPageSigns.recognise(r.title(), r.heading(), r.text(), r.cloudflareDetails()))
        .ifPresent(what -> sentinel.blockPage(what + ", answered with HTTP " + d.status()));
    return sentinel.verdict();
  }

  /** Why the run stopped pushing, if it has (for a failed load's message). */
  Optional<String> verdict() {
    return sentinel.verdict();
  }

  /** The main frame's last document answer: its URL, status and the request's method. */
  private record Document(String url, int status, String statusText, String method) {}

  private volatile @Nullable Document document;

  /** The last document found to be the site's own page: not read again until another comes. */
  private @Nullable Document clean;

  /** Why the page shown is an error answer ({@link dev.errand.browser.BrowserPage#errorPage}). */
  @SuppressWarnings("ReferenceEquality") // one answer, one document: the same URL again is another
  Optional<String> errorPage() {
    Document d = document;
    boolean shown = d != null && d.url().equals(page.url());
    if (shown && d == clean) {
      return Optional.empty();
    }
    if (d != null && shown && RequestBudget.refusal(d.status())) {
      return Optional.of(
          "HTTP " + d.status() + (d.statusText().isBlank() ? "" : " " + d.statusText()));
    }
    Optional<String> signs = signs(Deadline.in(Duration.ofSeconds(2)));
    if (shown && signs.isEmpty() && d == document) {
      clean = d;
    }
    return signs;
  }

  /** Whether the document shown answered a form submission (a POST, not a GET). */
  boolean shownAfterSubmit() {
    Document d = document;
    return d != null && d.url().equals(page.url()) && !d.method().equals("GET");
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
        taken = true;
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
        int inRow = budget.refusalsInRow(site);
        throw new BrowserActionException(
            "could not "
                + what
                + ": "
                + (inRow > 0
                    ? "the site kept refusing"
                        + budget.refusingFor(site).map(d -> " for " + TimeText.human(d)).orElse("")
                        + " ("
                        + inRow
                        + " refusals in a row; "
                        + budget.requests(site)
                        + " requests to it in this run), and errand would have to leave it alone "
                    : "errand would have to wait ")
                + TimeText.human(wait)
                + " more, longer than the "
                + TimeText.human(deadline.budget())
                + " this step has; errand does not hammer it");
      }
      page.waitForTimeout((double) Math.max(1, Math.min(LONGEST_PAUSE_MS, wait.toMillis())));
    }
  }

  /**
   * What {@code response} says, for the journal ("HTTP 200"); when the site refused, also leaves it
   * alone for its {@code Retry-After} and says so in the returned refusal.
   */
  Answer answer(String url, @Nullable Response response) {
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
            new Refusal(
                text
                    + (asked.isPresent()
                        ? " (Retry-After " + TimeText.human(wait) + ")"
                        : " (errand leaves the site alone for " + TimeText.human(wait) + ")"),
                "HTTP " + status,
                status,
                wait,
                asked.isPresent())));
  }

  /** A page load that got no answer ({@link LostConnection}): a refusal, backed off like a 503. */
  Answer lost(String url, LostConnection e) {
    Duration wait = key(url).map(s -> budget.refused(s, Optional.empty())).orElse(Duration.ZERO);
    String text = "no answer (" + e.reason() + ")";
    return new Answer(
        text,
        Optional.of(
            new Refusal(
                text + " (errand leaves the site alone for " + TimeText.human(wait) + ")",
                text,
                null,
                wait,
                false)));
  }

  /** What a person reads first on the page: title, main heading, and the start of its text. */
  private static final String SIGNS =
      "() => { const h = document.querySelector('h1, [role=heading][aria-level=\"1\"]');"
          + " const t = document.body ? document.body.innerText : '';"
          + " return [document.title || '', h ? h.innerText : '', t.slice(0, "
          + ErrorPageSigns.SHORT_PAGE
          + "), t.length,"
          + " !!document.querySelector('#cf-error-details, .cf-error-details')]; }";

  /**
   * {@code answer}, unless the page it brought is a server's error page ({@link ErrorPageSigns})
   * whatever its status: then a refusal, and the site is left alone for a backoff, as after a 503
   * without {@code Retry-After}.
   */
  Answer unlessErrorPage(String url, Answer answer, Deadline deadline) {
    Optional<String> signs = signs(deadline);
    if (signs.isEmpty()) {
      return answer;
    }
    Duration wait = key(url).map(s -> budget.refused(s, Optional.empty())).orElse(Duration.ZERO);
    Document d = document;
    return new Answer(
        answer.status(),
        Optional.of(
            new Refusal(
                "an error page ("
                    + signs.get()
                    + ") (errand leaves the site alone for "
                    + TimeText.human(wait)
                    + ")",
                "an error page",
                d == null ? null : d.status(),
                wait,
                false)));
  }

  /** What makes the page shown an error page by its wording ({@link ErrorPageSigns}), if it is. */
  private Optional<String> signs(Deadline deadline) {
    return read(deadline)
        .flatMap(r -> ErrorPageSigns.recognise(r.title(), r.heading(), r.text(), r.textLength()));
  }

  /** What a person reads first on the page shown, once its DOM is ready. */
  private record Read(
      String title, String heading, String text, int textLength, boolean cloudflareDetails) {}

  private Optional<Read> read(Deadline deadline) {
    try {
      page.waitForLoadState(
          LoadState.DOMCONTENTLOADED,
          new Page.WaitForLoadStateOptions().setTimeout(Math.max(1, deadline.remainingMs())));
      List<?> read = (List<?>) page.evaluate(SIGNS);
      return Optional.of(
          new Read(
              String.valueOf(read.get(0)),
              String.valueOf(read.get(1)),
              String.valueOf(read.get(2)),
              ((Number) read.get(3)).intValue(),
              Boolean.TRUE.equals(read.get(4))));
    } catch (PlaywrightException | ClassCastException | IndexOutOfBoundsException e) {
      return Optional.empty(); // the page moved on, or is not HTML: its own steps see what it is
    }
  }

  /**
   * What a page load got.
   *
   * @param status e.g. "HTTP 200 OK"
   * @param refusal set when the site refused (429, 5xx, an error page, no answer)
   */
  record Answer(String status, Optional<Refusal> refusal) {}

  /**
   * A refusal and the wait it imposed.
   *
   * @param text what the site said and how long errand leaves it alone, for messages
   * @param kind what it was, short: "HTTP 503", "an error page", "no answer (connection refused)"
   * @param status its HTTP status, null when no answer came
   * @param leftAlone how long the budget leaves the site alone
   * @param retryAfter whether the site asked for that wait
   */
  record Refusal(
      String text, String kind, @Nullable Integer status, Duration leftAlone, boolean retryAfter) {}

  /** The request budget's key for {@code url}'s site; empty when it is not an http(s) URL. */
  static Optional<String> key(String url) {
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
