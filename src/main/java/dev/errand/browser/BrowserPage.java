package dev.errand.browser;

import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The page errand acts on, as the runner sees it: no Playwright types cross this line. Actions wait
 * for their target up to {@code timeout} and return a description of what matched (for {@link
 * Locator.AnyOf}, the candidate that matched). Failures throw {@link BrowserActionException} with a
 * message fit for the person.
 *
 * <p>Not thread-safe: one thread drives one page.
 */
public interface BrowserPage {

  /**
   * Open {@code url}; returns once the DOM is ready (not waiting for every image), with what the
   * site answered ("HTTP 200 OK", and the refusals waited out before it). A page load waits for its
   * turn in the run's request budget; an answer that refuses (429, 5xx) is retried after its {@code
   * Retry-After} a bounded number of times, and never counts as opened.
   */
  String navigate(String url, Duration timeout);

  /**
   * Reload; returns as soon as the response starts arriving (wait for what you need after), with
   * what the site answered; paced and retried as {@link #navigate}.
   */
  String reload(Duration timeout);

  String click(Locator target, Duration timeout);

  String fill(Locator target, String value, Duration timeout);

  /**
   * Choose {@code option} (by visible label, else by value) in a native {@code <select>}, or in a
   * custom dropdown: open it, then pick the option by its role or text.
   */
  String select(Locator target, String option, Duration timeout);

  String check(Locator target, boolean checked, Duration timeout);

  /** Press {@code key} on {@code target}, or on the focused element when target is null. */
  String press(@Nullable Locator target, String key, Duration timeout);

  /** Whether {@code condition} holds right now (no waiting). */
  boolean holds(Condition condition);

  /** Wait until {@code condition} holds; returns what matched. */
  String waitFor(Condition condition, Duration timeout);

  void screenshot(Path file);

  /**
   * A screenshot that masks every password and card field, every field whose value holds one of
   * {@code secrets} or a card number, and every element whose text does. The default cannot mask
   * and takes {@link #screenshot(Path) the plain one}.
   */
  default void screenshot(Path file, List<String> secrets) {
    screenshot(file);
  }

  /** The page's current HTML (for failure artifacts). */
  String html();

  String url();

  String title();

  /**
   * Why the page shown is a server's error answer rather than the site's own page: its document
   * came with 429 or a 5xx, or it reads like an error page whatever its status. Empty when it is
   * the site's page.
   */
  default Optional<String> errorPage() {
    return Optional.empty();
  }

  /** Whether the document shown was the answer to a form the page submitted (not a GET). */
  default boolean shownAfterSubmit() {
    return false;
  }

  /** Wait {@code duration} while the browser's events keep being processed. */
  void pause(Duration duration);

  /** Raise the browser window so the person sees it (no-op when headless). */
  void bringToFront();

  /**
   * While on, actions take the fastest trusted path: waits check every few milliseconds, and clicks
   * are real input events at the element's centre once a quick check shows nothing covers it,
   * without waiting for it to stop moving (falling back to the careful path when anything is in the
   * way). Never untrusted script events. The runner turns it on for the at-release phase.
   */
  void urgent(boolean on);

  /**
   * Makes the first of {@code steps} (the at-release steps) ready to run inside the page when the
   * strike is fired, so that no step waits for a round trip to errand. Call it before the instant;
   * fire it at the instant. Unlike {@link #urgent urgent} actions, its clicks and selects are the
   * DOM events a click or a select causes, dispatched by script: not trusted input events. The
   * default covers no steps.
   *
   * @param timeout each step's timeout
   */
  default Strike prepareStrike(List<Step> steps, Function<Step, Duration> timeout) {
    return Strike.none();
  }

  /**
   * What is visible on the page now that is the person's to handle: challenges (CAPTCHAs, bot
   * checks, a challenge interstitial) and payment entry (card fields, payment providers' frames and
   * buttons), in the page and in all its frames, recognised by well-known markup and wording.
   * Hidden markup does not count. Fast, one round trip to the page where possible (a few
   * milliseconds), so the runner may call it after every step and while waiting. Empty when nothing
   * is recognised, or while the page is between documents.
   */
  List<Detection> detect();

  /**
   * Whether {@code target} is a control errand must refuse to act on: a card input ({@code
   * autocomplete="cc-…"}, a card-like name, or anything inside a payment provider's frame or
   * widget), or a button or link whose text commits a payment ("Pay £90.00", "Place order",
   * "Confirm and pay", "Bezahlen"…) — and, where payment entry is detected on the page or a saved
   * card ("Visa •••• 4242") shows, one with looser wording ("Buy now", "Confirm"). Looks at the
   * first visible match, waiting about a second at most; false when nothing matches by then.
   */
  boolean isPaymentControl(Locator target);

  /**
   * Closes what covers the page now, at once, and says what it closed ("the OneTrust cookie banner
   * (Accept All Cookies)"): whatever matches one of {@code rules} (a recipe's {@code dismiss:}),
   * the cookie banners of well-known consent managers and any dialog or fixed box that reads as a
   * cookie notice (by its accept button: errand accepts, as the person did before), and covering
   * pop-ups that read as newsletter offers (by their close button, else Escape). Never a control
   * whose label pays or that sits in payment markup, never a link off the site, and never the box
   * that holds {@code keep} (the next step's own target). One look at the page when nothing shows
   * (a few milliseconds); it never waits for anything to appear. The default closes nothing.
   */
  default List<String> dismissOverlays(List<Locator> rules, Optional<Locator> keep) {
    return List.of();
  }

  /**
   * The waiting room the page shows now (Queue-it, Cloudflare Waiting Room, a shop's own "you are
   * in line" page), recognised by well-known markup and wording, with the place in line and the
   * estimated wait when the page shows them; empty when it is not one. Reads the page only (one
   * round trip; a page between documents is read once its new document is ready), never loads it.
   */
  default Optional<QueueState> waitingRoom() {
    return Optional.empty();
  }

  /**
   * Tell {@code events} of every main document's answer and every page load retried after a
   * refusal, from now on (one listener; a later call replaces it). The default tells nobody.
   */
  default void listen(PageEvents events) {}

  /**
   * Why the site is taken to have stopped serving errand (a soft ban), if it is: a streak of 403 or
   * 429 answers, or a page that says errand is blocked ("Access denied", "unusual traffic", a CDN's
   * block page). Once said, it stays said. Cheap unless the page shown came with a 4xx status.
   */
  default Optional<String> blocked() {
    return Optional.empty();
  }

  /**
   * The name of a pay or confirm control a person could press on the page now ("Place order", "Pay
   * £90.00"; looser wording such as "Confirm" only on a payment step), as {@link #isPaymentControl}
   * reads names; empty when there is none or the page cannot be read. Asked when errand stops
   * acting. The default sees none.
   */
  default Optional<String> livePayControl() {
    return Optional.empty();
  }

  /**
   * The per-customer limit the page's text states ("Max 4 per customer", "Tickets are limited to 4
   * per customer", "You can buy at most 4 tickets"), the smallest where it states several; empty
   * when it states none or cannot be read. The default reads none.
   */
  default Optional<ShopLimit> statedLimit() {
    return Optional.empty();
  }

  /**
   * The limit that binds a select or fill of {@code control} when it is a quantity control (a list
   * of whole numbers, or a field labelled as a quantity): the smallest of the page's stated limit,
   * the list's largest number and the field's {@code max}. Empty when the control is no quantity
   * control, nothing states a limit, or the page cannot be read. The default reads none.
   */
  default Optional<ShopLimit> quantityLimit(Locator control) {
    return Optional.empty();
  }

  /**
   * From now on, keeps every top-level page load to hosts {@code allowedDomains} allows ({@link
   * dev.errand.recipe.AllowedDomains}): a load elsewhere, whoever asks for it (a link, a form, a
   * script, a redirect, a pop-up), is stopped before its request leaves the browser and kept as
   * {@link #offSiteAttempt}. Subresources and frames inside the page still load. The default holds
   * nothing.
   */
  default void confine(List<String> allowedDomains) {}

  /**
   * While on, the browser is the person's (a handoff): any page they open is theirs, and nothing is
   * held.
   */
  default void personsTurn(boolean on) {}

  /** The first top-level page load {@link #confine} stopped, if any. Once said, it stays said. */
  default Optional<OffSiteAttempt> offSiteAttempt() {
    return Optional.empty();
  }

  /**
   * Loads {@code url} once (never again: a refusal is reported, not retried), in its turn in the
   * request budget, and looks at what the page offers, for writing a recipe; acts on nothing. The
   * default cannot look and throws {@link BrowserActionException}.
   */
  default PageSketch sketch(String url, java.time.Duration timeout) {
    throw new BrowserActionException("this browser cannot look at a page for a recipe");
  }

  /**
   * Like {@link #screenshot(Path, List)}, of the whole page rather than the window: a control below
   * the fold is in it. The default takes the window's.
   */
  default void fullPageScreenshot(Path file, List<String> secrets) {
    screenshot(file, secrets);
  }

  /**
   * The tab as a screen for a person on another device (the handoff page), or empty when this page
   * cannot stream. The default cannot.
   */
  default Optional<LiveScreen> liveScreen() {
    return Optional.empty();
  }
}
