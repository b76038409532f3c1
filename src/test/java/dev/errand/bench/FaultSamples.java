package dev.errand.bench;

import java.time.Duration;
import java.util.Optional;

/** Hand-made fault runs for the fault bench's tests. */
final class FaultSamples {

  private FaultSamples() {}

  /**
   * A shop that saw a polite run end on the real payment page {@code toPaymentMs} after release.
   */
  static ShopSide politeShop(Long toPaymentMs) {
    return new ShopSide(
        12,
        1,
        3,
        3,
        0,
        0,
        0,
        Optional.ofNullable(toPaymentMs).map(Duration::ofMillis),
        0,
        0,
        0,
        Duration.ZERO,
        60);
  }

  static FaultEnding errandSaid(String outcome) {
    return new FaultEnding(
        outcome, "", outcome.equals("reached-payment"), Optional.of(outcome.equals("sold-out")));
  }

  static FaultRun run(FaultMode mode, int n, String strategy, ShopSide shop, FaultEnding ending) {
    return new FaultRun(
        mode,
        n,
        strategy,
        "",
        shop,
        Optional.ofNullable(ending),
        Optional.empty(),
        false,
        Duration.ofSeconds(20));
  }

  /** A naive run that threw after {@code shop} saw it. */
  static FaultRun naiveFailed(FaultMode mode, int n, ShopSide shop) {
    return new FaultRun(
        mode,
        n,
        BenchReport.NAIVE,
        "",
        shop,
        Optional.empty(),
        Optional.of("naive script: Timeout 30000ms exceeded."),
        false,
        Duration.ofSeconds(40));
  }
}
