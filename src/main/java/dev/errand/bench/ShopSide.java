package dev.errand.bench;

import dev.errand.demo.DemoShop;
import dev.errand.demo.PageLoadRate;
import dev.errand.demo.RequestLog;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the demo shop saw of one strategy's run, read from its own request log and counters (the
 * shop served that strategy alone): the ground truth beside what the strategy says of itself.
 *
 * @param pageLoads page loads, as the shop's rate limit counts them (clock probes included)
 * @param densestSecond the most page loads within any one second
 * @param errorAnswers page loads answered with an error: the front end's error page (503, or 200
 *     with an error body), 429 or another 5xx
 * @param retries page loads that followed an error answer: tries again after a refusal
 * @param retryAfterViolations page loads sooner than a 503's {@code Retry-After} asked
 * @param rateLimitViolations page loads inside a 429's {@code Retry-After} window or faster than
 *     the rate limit
 * @param refused requests answered 429
 * @param paymentPage when the run's last page load reached the shop, since the announced release
 *     (shop clock), if that load was the real payment page (200, the shop's own page, not an error
 *     page): where the run ended
 * @param queueEntries sessions that entered the waiting room
 * @param queuePasses sessions the waiting room let through
 * @param reloadsWhileQueued loads of the queue page or a guarded page while still waiting
 * @param opensLate how long after the announced instant the sale really opened
 * @param stockLeft tickets still on sale at the end
 */
public record ShopSide(
    int pageLoads,
    int densestSecond,
    int errorAnswers,
    int retries,
    int retryAfterViolations,
    int rateLimitViolations,
    int refused,
    Optional<Duration> paymentPage,
    int queueEntries,
    int queuePasses,
    int reloadsWhileQueued,
    Duration opensLate,
    int stockLeft) {

  private static final String PAYMENT_PATH = "/payment";

  /** Checks that no component is null. */
  public ShopSide {
    Objects.requireNonNull(paymentPage, "paymentPage");
    Objects.requireNonNull(opensLate, "opensLate");
  }

  /** What {@code shop} says now. */
  public static ShopSide of(DemoShop shop) {
    List<RequestLog.Entry> entries = shop.requestLog().entries();
    List<RequestLog.Entry> loads = PageLoadRate.of(entries);
    List<RequestLog.Entry> documents = documents(entries);
    return new ShopSide(
        loads.size(),
        PageLoadRate.densestWindow(loads),
        (int) documents.stream().filter(ShopSide::isError).count(),
        retries(documents),
        shop.errorRetryAfterViolations(),
        shop.rateLimitViolations(),
        shop.rateLimited(),
        paymentPage(entries).map(e -> Duration.between(shop.releaseAt(), e.shopTime())),
        shop.queueEntries(),
        shop.queuePasses(),
        shop.reloadsWhileQueued(),
        Duration.between(shop.releaseAt(), shop.opensReallyAt()),
        shop.stockLeft());
  }

  /**
   * The last browser page load among {@code entries} (ordered by arrival), if it was the real
   * payment page: {@code GET /payment} answered 200 by the shop's own page.
   */
  static Optional<RequestLog.Entry> paymentPage(List<RequestLog.Entry> entries) {
    RequestLog.Entry last = null;
    for (RequestLog.Entry e : entries) {
      if (e.fetchDest().map(d -> d.strip().equalsIgnoreCase("document")).orElse(false)) {
        last = e;
      }
    }
    if (last == null
        || !last.method().equalsIgnoreCase("GET")
        || !(last.path().equals(PAYMENT_PATH) || last.path().startsWith(PAYMENT_PATH + "?"))
        || last.status() != 200
        || last.errorPage()) {
      return Optional.empty();
    }
    return Optional.of(last);
  }

  /**
   * How many of {@code documents} followed an error answer: each load after an error is a try
   * again, whatever it asks for.
   */
  static int retries(List<RequestLog.Entry> documents) {
    int retries = 0;
    for (int i = 1; i < documents.size(); i++) {
      if (isError(documents.get(i - 1))) {
        retries++;
      }
    }
    return retries;
  }

  /** Page loads and clock probes: {@code Sec-Fetch-Dest: document}, or none. */
  private static List<RequestLog.Entry> documents(List<RequestLog.Entry> entries) {
    return entries.stream()
        .filter(
            e ->
                e.fetchDest()
                    .map(d -> d.strip().toLowerCase(Locale.ROOT).equals("document"))
                    .orElse(true))
        .toList();
  }

  private static boolean isError(RequestLog.Entry e) {
    return e.errorPage() || e.status() == 429 || e.status() >= 500;
  }
}
