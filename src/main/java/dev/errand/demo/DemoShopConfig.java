package dev.errand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link DemoShop} behaves: when its sale opens, how much it has to sell, how fast rival
 * buyers take tickets, which port it binds, how long a basket holds its tickets and how far its
 * clock is off.
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
    SalePage salePage) {

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
    SAVED
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
    FORM
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

  /** Checks every component; throws {@link IllegalArgumentException} on a bad value. */
  public DemoShopConfig {
    Objects.requireNonNull(releaseAt, "releaseAt");
    Objects.requireNonNull(rivalDelay, "rivalDelay");
    Objects.requireNonNull(holdTime, "holdTime");
    Objects.requireNonNull(skew, "skew");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(cardEntry, "cardEntry");
    Objects.requireNonNull(salePage, "salePage");
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
  }

  /**
   * A shop whose sale opens {@code delay} from now, with 60 tickets, a limit of 4 per customer,
   * rivals taking 2 tickets/s from 3 s after release, a free port, a 10-minute hold, no skew, the
   * demo's own security check, card fields in a frame and a countdown before the sale. ("Now" is
   * the true clock: add a skew afterwards and the release instant stays put on the shop's clock.)
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
        SalePage.COUNTDOWN);
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
          salePage);
    }
  }
}
