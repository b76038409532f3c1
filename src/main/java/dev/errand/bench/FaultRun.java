package dev.errand.bench;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One strategy in one run of a fault mode.
 *
 * @param mode the shop's fault mode
 * @param run the run's number within its mode, from 1
 * @param strategy the strategy's name
 * @param variant what this run's shop drew, e.g. {@code onetrust} or {@code opens 1.234 s late};
 *     empty when nothing
 * @param shop what the shop saw
 * @param ending what the strategy said of its end; empty when it threw or ran out of time
 * @param error the strategy's error, or why the run was stopped
 * @param timedOut whether the run was stopped at its time limit
 * @param took how long the run took, set-up included
 */
public record FaultRun(
    FaultMode mode,
    int run,
    String strategy,
    String variant,
    ShopSide shop,
    Optional<FaultEnding> ending,
    Optional<String> error,
    boolean timedOut,
    Duration took) {

  /** Checks that no component is null. */
  public FaultRun {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(shop, "shop");
    Objects.requireNonNull(ending, "ending");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(took, "took");
  }

  /** The strategy said it reached payment, and the shop's last page for it was the real one. */
  public boolean reachedPayment() {
    return saidPayment() && shop.paymentPage().isPresent();
  }

  /** The strategy said it reached payment, but the shop's last page was not the payment page. */
  public boolean falsePayment() {
    return saidPayment() && shop.paymentPage().isEmpty();
  }

  /** From the announced release to the real payment page at the shop, when it reached payment. */
  public Optional<Duration> toPayment() {
    return reachedPayment() ? shop.paymentPage() : Optional.empty();
  }

  /** The strategy said sold out while the shop still had tickets on sale. */
  public boolean falseSoldOut() {
    return ending.flatMap(FaultEnding::soldOut).orElse(false) && shop.stockLeft() > 0;
  }

  /** The waiting room let this run's session through. */
  public boolean passedQueue() {
    return shop.queuePasses() > 0;
  }

  /** The run threw or ran out of time. */
  public boolean failed() {
    return ending.isEmpty();
  }

  private boolean saidPayment() {
    return ending.map(FaultEnding::atPayment).orElse(false);
  }
}
