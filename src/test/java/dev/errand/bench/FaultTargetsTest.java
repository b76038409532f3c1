package dev.errand.bench;

import static dev.errand.bench.FaultSamples.errandSaid;
import static dev.errand.bench.FaultSamples.politeShop;
import static dev.errand.bench.FaultSamples.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault mode's targets judged on hand-made runs. */
@Timeout(10)
class FaultTargetsTest {

  static FaultResults results(FaultMode mode, Duration queueWait, FaultRun... errandRuns) {
    return new FaultResults(
        mode, queueWait, List.of(new FaultSummary(BenchReport.ERRAND, List.of(errandRuns))));
  }

  @Test
  void overloadIsMetWhenEveryRunEndsOnTheRealPaymentPagePolitely() {
    List<Target> targets =
        results(
                FaultMode.OVERLOAD,
                FaultMode.QUEUE_WAIT,
                run(
                    FaultMode.OVERLOAD,
                    1,
                    "errand",
                    politeShop(15_000L),
                    errandSaid("reached-payment")))
            .targets();
    assertEquals(3, targets.size(), targets.toString());
    assertTrue(targets.stream().allMatch(Target::met), targets.toString());
    assertEquals("1 of 1 (100%)", targets.get(0).figure());
  }

  @Test
  void aHandoffOnAnErrorPageDoesNotCountAsReachingPayment() {
    FaultRun onErrorPage =
        run(FaultMode.OVERLOAD, 1, "errand", politeShop(null), errandSaid("reached-payment"));
    assertTrue(onErrorPage.falsePayment());
    assertFalse(onErrorPage.reachedPayment());
    List<Target> targets = results(FaultMode.OVERLOAD, FaultMode.QUEUE_WAIT, onErrorPage).targets();
    assertFalse(targets.get(0).met(), targets.toString());
    assertEquals("0 of 1 (0%)", targets.get(0).figure());
  }

  @Test
  void aSoldOutWithTicketsLeftIsAFalseSoldOut() {
    FaultRun soldOut = run(FaultMode.LATE, 1, "errand", politeShop(null), errandSaid("sold-out"));
    List<Target> targets = results(FaultMode.LATE, FaultMode.QUEUE_WAIT, soldOut).targets();
    assertEquals(1, targets.size());
    assertFalse(targets.get(0).met());
    assertEquals("1 of 1 run", targets.get(0).figure());
  }

  @Test
  void aShortenedWaitingRoomIsShownNotJudged() {
    ShopSide through =
        new ShopSide(
            8, 1, 0, 0, 0, 0, 0, Optional.of(Duration.ofSeconds(9)), 1, 1, 0, Duration.ZERO, 60);
    FaultRun run = run(FaultMode.QUEUE, 1, "errand", through, errandSaid("reached-payment"));
    List<Target> shortened = results(FaultMode.QUEUE, Duration.ofSeconds(10), run).targets();
    assertTrue(shortened.stream().allMatch(t -> t.notJudged().isPresent()), shortened.toString());
    List<Target> full = results(FaultMode.QUEUE, FaultMode.QUEUE_WAIT, run).targets();
    assertEquals(1, full.size());
    assertTrue(full.get(0).met(), full.toString());
    assertEquals("1 of 1 (100%) through, 0 reloads while queued", full.get(0).figure());
  }

  @Test
  void aRunThatNeverGotThroughTheRoomMissesItsTargetThoughItReloadedNothing() {
    FaultRun stuck = run(FaultMode.QUEUE, 1, "errand", politeShop(null), errandSaid("failed"));
    List<Target> targets = results(FaultMode.QUEUE, FaultMode.QUEUE_WAIT, stuck).targets();
    assertFalse(targets.get(0).met(), targets.toString());
  }

  @Test
  void withoutErrandRunsNothingIsMet() {
    List<Target> targets =
        new FaultResults(FaultMode.OVERLOAD, FaultMode.QUEUE_WAIT, List.of()).targets();
    assertTrue(targets.stream().noneMatch(Target::met));
    assertTrue(targets.stream().allMatch(t -> t.figure().equals("n/a")));
  }

  @Test
  void theConsentModeHasNoTarget() {
    assertTrue(results(FaultMode.CONSENT, FaultMode.QUEUE_WAIT).targets().isEmpty());
  }
}
