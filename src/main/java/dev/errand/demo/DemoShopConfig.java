package dev.errand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * How a {@link DemoShop} behaves: when its sale opens, how much it has to sell, how fast rival
 * buyers take tickets, which port it binds, how long a basket holds its tickets, how far its clock
 * is off, whether it behaves like an overloaded shop (slow pages, a late sale, a rate limit,
 * failing or dropped page loads, a waiting room) and which overlays its pages show.
 *
 * @param releaseAt the instant the sale opens, read on the shop's own clock; requests before it are
 *     "too early"
 * @param stock the number of tickets on sale (shared by every ticket type)
 * @param perCustomerLimit the most tickets one session may hold and buy
 * @param rivalDelay how long after {@code releaseAt} rival buyers start
 * @param rivalTicketsPerSecond how many tickets rivals take per second; 0 turns them off
 * @param port the port to bind on 127.0.0.1; 0 picks a free one
 * @param holdTime how long tickets stay reserved in a basket before they return to stock
 * @param skew how far the shop's clock is ahead of the true clock (negative: behind). The shop's
 *     {@code Date} headers, API times, pages and release logic all use its own clock, so with a
 *     skew of +2 s the sale opens when the true clock reads {@code releaseAt} − 2 s
 * @param challenge which security check {@code /security-check} shows: the demo's own widget, or a
 *     stand-in whose markup mirrors a real widget's
 * @param cardEntry how {@code /payment} takes the card: fields inside a provider's iframe, fields
 *     in the page itself, or a card the customer saved earlier and no fields at all
 * @param salePage what the event page shows before the sale opens
 * @param renderDelay how long every page (HTML pages, the event API, form posts, "not found") takes
 *     before its headers are written, like a slow server-side render; its {@code Date} is stamped
 *     when the headers are written, so after the delay. With a delay, {@code HEAD} of any page
 *     answers 404 after the same delay. {@code /robots.txt} and {@code /favicon.ico}, the shop's
 *     only separate static files (its styles and scripts are inline), and 429 answers come at once.
 *     Zero (the default) adds nothing; at most {@link #MAX_RENDER_DELAY}
 * @param lateCommit the most the sale's opening lags {@code releaseAt}: the sale really opens at
 *     {@code releaseAt} plus a delay drawn once, uniformly from [0, {@code lateCommit}], when the
 *     shop starts ({@link DemoShop#opensReallyAt()}); until then the shop sells nothing, as before
 *     release, and its event API reads sold out (stock not committed yet). The announced instant
 *     stays {@code releaseAt}. Zero (the default) opens on time; at most {@link #MAX_LATE_COMMIT}
 * @param lateCommitSeed the seed of that draw; empty (the default) seeds it afresh each start
 * @param rateLimit the page loads per second one client IP may make; 0 (the default) turns the
 *     limit off. A page load is a request with {@code Sec-Fetch-Dest: document} or with no {@code
 *     Sec-Fetch-Dest} at all (a client that is not a browser), except a {@code GET} following,
 *     within 2 s, a redirect the shop just sent that IP. One arriving sooner than 1 s / {@code
 *     rateLimit} after the IP's last admitted one is answered {@code 429 Too Many Requests} with
 *     {@code Retry-After: 3} and shuts the IP out for 3 s, during which every page load gets 429
 *     too. At most {@link #MAX_RATE_LIMIT}
 * @param errorShare the share of page loads (0..1) that fail with an error page instead of their
 *     answer, decided before anything about the request is acted on: a failing {@code POST /basket}
 *     holds nothing. A page load is as for {@code rateLimit}, of any page of the shop but the queue
 *     page; static files, scripts' API calls and {@code /__} paths never fail. Zero (the default)
 *     fails none. Failing and dropped page loads are answered at once, before any {@code
 *     renderDelay}
 * @param errorPageShare of the failing page loads, the share (0..1) answered {@code 200 OK} with an
 *     error page in the body, as sites behind some caches do; the rest answer {@code 503 Service
 *     Unavailable}. By default {@link #DEFAULT_ERROR_PAGE_SHARE}
 * @param dropShare the share of page loads (0..1) whose connection the shop closes without an
 *     answer, likewise decided before anything is acted on. Zero (the default) drops none
 * @param faultSeed the seed of the draws deciding which page loads fail or are dropped: with a
 *     seed, the n-th page load to arrive meets the same fate on every start; empty (the default)
 *     seeds them afresh each start
 * @param waitingRoom how long each visitor waits in the shop's waiting room, a queue in front of
 *     the event page and every page that leads to buying, open from {@code releaseAt} minus this
 *     long. Zero (the default) means no waiting room; at most {@link #MAX_WAITING_ROOM}. See {@link
 *     DemoShop#queuePasses()}
 * @param consent which cookie banner every page shows until the visitor answers it
 * @param newsletterPopup whether every page shows a "Get 10% off" newsletter pop-up over the page
 *     about a second after it loads, until the visitor closes it once
 * @param blockAfter after this many page loads (as for {@code rateLimit}) from one client IP, the
 *     shop blocks that IP as a bot manager would: every page load from it is answered {@code 403
 *     Forbidden} with an "Access Denied … Reference #" page. Zero (the default) blocks nobody
 */
public record DemoShopConfig(
    Instant releaseAt,
    int stock,
    int perCustomerLimit,
    Duration rivalDelay,
    double rivalTicketsPerSecond,
    int port,
    Duration holdTime,
    Duration skew,
    Challenge challenge,
    CardEntry cardEntry,
    SalePage salePage,
    Duration renderDelay,
    Duration lateCommit,
    OptionalLong lateCommitSeed,
    int rateLimit,
    double errorShare,
    double errorPageShare,
    double dropShare,
    OptionalLong faultSeed,
    Duration waitingRoom,
    Consent consent,
    boolean newsletterPopup,
    int blockAfter) {

  /**
   * The security check the shop shows. Each is solved by a person ticking a box (inside an iframe
   * for the stand-ins); errand itself never solves one.
   */
  public enum Challenge {
    /** The demo's own widget, {@link DemoShop#CHALLENGE_SELECTOR}. */
    DEMO,
    /** Markup like Google reCAPTCHA v2's: {@code div.g-recaptcha}, an iframe titled "reCAPTCHA". */
    RECAPTCHA,
    /** Markup like hCaptcha's: {@code div.h-captcha} and its checkbox iframe. */
    HCAPTCHA,
    /**
     * Markup like Cloudflare Turnstile's: {@code div.cf-turnstile}, its iframe in a shadow root.
     */
    TURNSTILE
  }

  /** How the payment page takes the card. */
  public enum CardEntry {
    /**
     * Card fields inside an iframe titled "Secure card payment", as payment providers show them.
     */
    FRAME,
    /** Card fields in the payment page itself. */
    PAGE,
    /**
     * No card fields and no provider frame: the customer's saved card ("Visa •••• 4242") and a "Pay
     * £N.NN" button that pays with it at once, as on a returning customer's final confirm page. A
     * "Use another card" link shows card fields in the page.
     */
    SAVED,
    /**
     * Cash on delivery: no card fields, no provider frame and no saved card, only a note that the
     * order is paid on delivery and a "Place order" button that places it at once, as on a final
     * confirm page.
     */
    ON_DELIVERY
  }

  /** What the event page shows before the sale opens. */
  public enum SalePage {
    /**
     * A countdown; when it ends (by the page's own reading of the shop's clock) the page fetches
     * the event API and shows the buy form itself. Or a reload after the instant brings it.
     */
    COUNTDOWN,
    /**
     * The buy form, from the start, above a note that the sale opens at the instant; the shop turns
     * away orders sent before it ("too early"). Acting on time is up to the buyer.
     */
    FORM,
    /**
     * A page rendered on the server only: loaded before the sale opens it says when tickets go on
     * sale and to reload then, and never changes by itself (no countdown, no script); loaded after
     * the sale opened it holds the buy form (or "Sold out") like the other pages.
     */
    SERVER,
    /**
     * No countdown: the page asks the event API once a second (as pages that poll for a sale's
     * status do) and shows the buy form when the API says the sale is on. A reload after the
     * instant brings it at once.
     */
    POLL
  }

  /**
   * The cookie banner the shop's pages show until the visitor answers it. Each remembers the answer
   * in its own cookie, as the real consent managers do, so a later page shows no banner.
   */
  public enum Consent {
    /**
     * The demo's own dialog "We value your privacy" over a backdrop, with "Accept all" (cookie
     * {@code consent}).
     */
    DEMO,
    /**
     * Markup like OneTrust's: {@code #onetrust-consent-sdk} holding a dark filter and {@code
     * #onetrust-banner-sdk}, with {@code #onetrust-accept-btn-handler} "Accept All Cookies" (cookie
     * {@code OptanonAlertBoxClosed}).
     */
    ONETRUST,
    /**
     * Markup like Cookiebot's: {@code #CybotCookiebotDialog} with {@code
     * #CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll} "Allow all" (cookie {@code
     * CookieConsent}).
     */
    COOKIEBOT,
    /**
     * Markup like Didomi's: {@code #didomi-host} holding {@code #didomi-popup} with {@code
     * #didomi-notice-agree-button} "Agree and close" (cookie {@code didomi_token}).
     */
    DIDOMI,
    /** No cookie banner at all. */
    NONE
  }

  /** Stock used by {@link #opensIn(Duration)}. */
  public static final int DEFAULT_STOCK = 60;

  /** Per-customer limit used by {@link #opensIn(Duration)}. */
  public static final int DEFAULT_PER_CUSTOMER_LIMIT = 4;

  /** Rival delay used by {@link #opensIn(Duration)}. */
  public static final Duration DEFAULT_RIVAL_DELAY = Duration.ofSeconds(3);

  /** Rival rate used by {@link #opensIn(Duration)}. */
  public static final double DEFAULT_RIVAL_TICKETS_PER_SECOND = 2.0;

  /** Hold time used by {@link #opensIn(Duration)}. */
  public static final Duration DEFAULT_HOLD_TIME = Duration.ofMinutes(10);

  /** The largest clock skew, either way. */
  public static final Duration MAX_SKEW = Duration.ofDays(1);

  /** The largest per-customer limit the quantity picker can show. */
  public static final int MAX_PER_CUSTOMER_LIMIT = 20;

  /** The longest {@link #renderDelay()}. */
  public static final Duration MAX_RENDER_DELAY = Duration.ofSeconds(10);

  /** The longest {@link #lateCommit()}. */
  public static final Duration MAX_LATE_COMMIT = Duration.ofSeconds(10);

  /** The highest {@link #rateLimit()}, in page loads per second. */
  public static final int MAX_RATE_LIMIT = 1_000;

  /** The {@link #errorPageShare()} used by {@link #opensIn(Duration)}: one in three. */
  public static final double DEFAULT_ERROR_PAGE_SHARE = 1.0 / 3;

  /** The longest {@link #waitingRoom()}. */
  public static final Duration MAX_WAITING_ROOM = Duration.ofHours(2);

  /** Checks every component; throws {@link IllegalArgumentException} on a bad value. */
  public DemoShopConfig {
    Objects.requireNonNull(releaseAt, "releaseAt");
    Objects.requireNonNull(rivalDelay, "rivalDelay");
    Objects.requireNonNull(holdTime, "holdTime");
    Objects.requireNonNull(skew, "skew");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(cardEntry, "cardEntry");
    Objects.requireNonNull(salePage, "salePage");
    Objects.requireNonNull(renderDelay, "renderDelay");
    Objects.requireNonNull(lateCommit, "lateCommit");
    Objects.requireNonNull(lateCommitSeed, "lateCommitSeed");
    Objects.requireNonNull(faultSeed, "faultSeed");
    Objects.requireNonNull(waitingRoom, "waitingRoom");
    Objects.requireNonNull(consent, "consent");
    if (stock < 0) {
      throw new IllegalArgumentException("stock must not be negative: " + stock);
    }
    if (perCustomerLimit < 1 || perCustomerLimit > MAX_PER_CUSTOMER_LIMIT) {
      throw new IllegalArgumentException(
          "perCustomerLimit must be 1.." + MAX_PER_CUSTOMER_LIMIT + ": " + perCustomerLimit);
    }
    if (rivalDelay.isNegative()) {
      throw new IllegalArgumentException("rivalDelay must not be negative: " + rivalDelay);
    }
    if (!(rivalTicketsPerSecond >= 0) || Double.isInfinite(rivalTicketsPerSecond)) {
      throw new IllegalArgumentException(
          "rivalTicketsPerSecond must be finite and >= 0: " + rivalTicketsPerSecond);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (holdTime.isZero() || holdTime.isNegative()) {
      throw new IllegalArgumentException("holdTime must be positive: " + holdTime);
    }
    if (skew.abs().compareTo(MAX_SKEW) > 0) {
      throw new IllegalArgumentException("skew must be within ±" + MAX_SKEW + ": " + skew);
    }
    if (renderDelay.isNegative() || renderDelay.compareTo(MAX_RENDER_DELAY) > 0) {
      throw new IllegalArgumentException(
          "renderDelay must be 0.." + MAX_RENDER_DELAY.toMillis() + " ms: " + renderDelay);
    }
    if (lateCommit.isNegative() || lateCommit.compareTo(MAX_LATE_COMMIT) > 0) {
      throw new IllegalArgumentException(
          "lateCommit must be 0.." + MAX_LATE_COMMIT.toMillis() + " ms: " + lateCommit);
    }
    if (rateLimit < 0 || rateLimit > MAX_RATE_LIMIT) {
      throw new IllegalArgumentException(
          "rateLimit must be 0.." + MAX_RATE_LIMIT + " page loads per second: " + rateLimit);
    }
    checkShare("errorShare", errorShare);
    checkShare("errorPageShare", errorPageShare);
    checkShare("dropShare", dropShare);
    if (errorShare + dropShare > 1) {
      throw new IllegalArgumentException(
          "errorShare and dropShare must add up to at most 1: " + errorShare + " + " + dropShare);
    }
    if (blockAfter < 0) {
      throw new IllegalArgumentException("blockAfter must not be negative: " + blockAfter);
    }
    if (waitingRoom.isNegative() || waitingRoom.compareTo(MAX_WAITING_ROOM) > 0) {
      throw new IllegalArgumentException(
          "waitingRoom must be 0.." + MAX_WAITING_ROOM.toMinutes() + " min: " + waitingRoom);
    }
  }

  private static void checkShare(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be 0..1: " + share);
    }
  }

  /**
   * A shop whose sale opens {@code delay} from now, with 60 tickets, a limit of 4 per customer,
   * rivals taking 2 tickets/s from 3 s after release, a free port, a 10-minute hold, no skew, the
   * demo's own security check, card fields in a frame, a countdown before the sale, pages served at
   * once, a sale that opens on time, no rate limit, no failing or dropped pages, no waiting room,
   * the demo's own cookie dialog and no newsletter pop-up. ("Now" is the true clock: add a skew
   * afterwards and the release instant stays put on the shop's clock.)
   */
  public static DemoShopConfig opensIn(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return opensAt(Instant.now().plus(delay));
  }

  /** Like {@link #opensIn(Duration)} but with an absolute release instant. */
  public static DemoShopConfig opensAt(Instant releaseAt) {
    return new DemoShopConfig(
        releaseAt,
        DEFAULT_STOCK,
        DEFAULT_PER_CUSTOMER_LIMIT,
        DEFAULT_RIVAL_DELAY,
        DEFAULT_RIVAL_TICKETS_PER_SECOND,
        0,
        DEFAULT_HOLD_TIME,
        Duration.ZERO,
        Challenge.DEMO,
        CardEntry.FRAME,
        SalePage.COUNTDOWN,
        Duration.ZERO,
        Duration.ZERO,
        OptionalLong.empty(),
        0,
        0,
        DEFAULT_ERROR_PAGE_SHARE,
        0,
        OptionalLong.empty(),
        Duration.ZERO,
        Consent.DEMO,
        false,
        0);
  }

  /** A copy with another release instant. */
  public DemoShopConfig withReleaseAt(Instant newReleaseAt) {
    return with(c -> c.releaseAt = newReleaseAt);
  }

  /** A copy with another stock. */
  public DemoShopConfig withStock(int newStock) {
    return with(c -> c.stock = newStock);
  }

  /** A copy with another per-customer limit. */
  public DemoShopConfig withPerCustomerLimit(int newLimit) {
    return with(c -> c.perCustomerLimit = newLimit);
  }

  /** A copy whose rivals start {@code delay} after release and take {@code perSecond} a second. */
  public DemoShopConfig withRivals(Duration delay, double perSecond) {
    return with(
        c -> {
          c.rivalDelay = delay;
          c.rivalTicketsPerSecond = perSecond;
        });
  }

  /** A copy without rival buyers. */
  public DemoShopConfig withoutRivals() {
    return withRivals(rivalDelay, 0);
  }

  /** A copy bound to another port (0 = any free port). */
  public DemoShopConfig withPort(int newPort) {
    return with(c -> c.port = newPort);
  }

  /** A copy with another basket hold time. */
  public DemoShopConfig withHoldTime(Duration newHoldTime) {
    return with(c -> c.holdTime = newHoldTime);
  }

  /** A copy whose clock runs {@code newSkew} ahead of the true clock (negative: behind). */
  public DemoShopConfig withSkew(Duration newSkew) {
    return with(c -> c.skew = newSkew);
  }

  /** A copy showing {@code newChallenge} at the security check. */
  public DemoShopConfig withChallenge(Challenge newChallenge) {
    return with(c -> c.challenge = newChallenge);
  }

  /** A copy whose payment page takes the card as {@code newCardEntry} says. */
  public DemoShopConfig withCardEntry(CardEntry newCardEntry) {
    return with(c -> c.cardEntry = newCardEntry);
  }

  /** A copy whose event page shows {@code newSalePage} before the sale opens. */
  public DemoShopConfig withSalePage(SalePage newSalePage) {
    return with(c -> c.salePage = newSalePage);
  }

  /** A copy whose pages each take {@code newRenderDelay} before their headers are written. */
  public DemoShopConfig withRenderDelay(Duration newRenderDelay) {
    return with(c -> c.renderDelay = newRenderDelay);
  }

  /**
   * A copy whose sale really opens up to {@code newLateCommit} after {@code releaseAt}, by a delay
   * drawn afresh each start.
   */
  public DemoShopConfig withLateCommit(Duration newLateCommit) {
    return with(
        c -> {
          c.lateCommit = newLateCommit;
          c.lateCommitSeed = OptionalLong.empty();
        });
  }

  /**
   * A copy whose sale really opens up to {@code newLateCommit} after {@code releaseAt}, by a delay
   * drawn from a generator seeded with {@code seed} (the same seed, the same delay).
   */
  public DemoShopConfig withLateCommit(Duration newLateCommit, long seed) {
    return with(
        c -> {
          c.lateCommit = newLateCommit;
          c.lateCommitSeed = OptionalLong.of(seed);
        });
  }

  /** A copy admitting {@code pageLoadsPerSecond} page loads per second per client IP (0: off). */
  public DemoShopConfig withRateLimit(int pageLoadsPerSecond) {
    return with(c -> c.rateLimit = pageLoadsPerSecond);
  }

  /**
   * A copy failing {@code share} (0..1) of page loads, {@code asOkShare} (0..1) of those with a
   * {@code 200} error page and the rest with {@code 503}.
   */
  public DemoShopConfig withErrors(double share, double asOkShare) {
    return with(
        c -> {
          c.errorShare = share;
          c.errorPageShare = asOkShare;
        });
  }

  /** A copy failing {@code share} (0..1) of page loads, one in three with a {@code 200} page. */
  public DemoShopConfig withErrors(double share) {
    return withErrors(share, DEFAULT_ERROR_PAGE_SHARE);
  }

  /** A copy closing the connection of {@code share} (0..1) of page loads without an answer. */
  public DemoShopConfig withDroppedConnections(double share) {
    return with(c -> c.dropShare = share);
  }

  /** A copy whose failing and dropped page loads are drawn from a generator seeded so. */
  public DemoShopConfig withFaultSeed(long seed) {
    return with(c -> c.faultSeed = OptionalLong.of(seed));
  }

  /** A copy whose waiting room holds each visitor {@code wait} (zero: no waiting room). */
  public DemoShopConfig withWaitingRoom(Duration wait) {
    return with(c -> c.waitingRoom = wait);
  }

  /** A copy whose pages show {@code newConsent}'s cookie banner. */
  public DemoShopConfig withConsent(Consent newConsent) {
    return with(c -> c.consent = newConsent);
  }

  /** A copy whose pages show the newsletter pop-up, or not. */
  public DemoShopConfig withNewsletterPopup(boolean popup) {
    return with(c -> c.newsletterPopup = popup);
  }

  /** A copy blocking each client IP after {@code pageLoads} page loads (0: never). */
  public DemoShopConfig withBlockAfter(int pageLoads) {
    return with(c -> c.blockAfter = pageLoads);
  }

  /** A copy with what {@code change} sets on a field-by-field copy, checked like any config. */
  private DemoShopConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a config, to change before {@link #build}ing a new one. */
  private static final class Copy {
    Instant releaseAt;
    int stock;
    int perCustomerLimit;
    Duration rivalDelay;
    double rivalTicketsPerSecond;
    int port;
    Duration holdTime;
    Duration skew;
    Challenge challenge;
    CardEntry cardEntry;
    SalePage salePage;
    Duration renderDelay;
    Duration lateCommit;
    OptionalLong lateCommitSeed;
    int rateLimit;
    double errorShare;
    double errorPageShare;
    double dropShare;
    OptionalLong faultSeed;
    Duration waitingRoom;
    Consent consent;
    boolean newsletterPopup;
    int blockAfter;

    Copy(DemoShopConfig c) {
      releaseAt = c.releaseAt;
      stock = c.stock;
      perCustomerLimit = c.perCustomerLimit;
      rivalDelay = c.rivalDelay;
      rivalTicketsPerSecond = c.rivalTicketsPerSecond;
      port = c.port;
      holdTime = c.holdTime;
      skew = c.skew;
      challenge = c.challenge;
      cardEntry = c.cardEntry;
      salePage = c.salePage;
      renderDelay = c.renderDelay;
      lateCommit = c.lateCommit;
      lateCommitSeed = c.lateCommitSeed;
      rateLimit = c.rateLimit;
      errorShare = c.errorShare;
      errorPageShare = c.errorPageShare;
      dropShare = c.dropShare;
      faultSeed = c.faultSeed;
      waitingRoom = c.waitingRoom;
      consent = c.consent;
      newsletterPopup = c.newsletterPopup;
      blockAfter = c.blockAfter;
    }

    DemoShopConfig build() {
      return new DemoShopConfig(
          releaseAt,
          stock,
          perCustomerLimit,
          rivalDelay,
          rivalTicketsPerSecond,
          port,
          holdTime,
          skew,
          challenge,
          cardEntry,
          salePage,
          renderDelay,
          lateCommit,
          lateCommitSeed,
          rateLimit,
          errorShare,
          errorPageShare,
          dropShare,
          faultSeed,
          waitingRoom,
          consent,
          newsletterPopup,
          blockAfter);
    }
  }
}
