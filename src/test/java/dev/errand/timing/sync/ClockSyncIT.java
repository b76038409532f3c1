package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.polite.Pacing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Real HTTP against the demo shop with a skewed clock: the sync must find the skew. Probes meet one
 * tick-over of the shop's clock each, so a sync takes about a second a probe.
 */
class ClockSyncIT {

  @Test
  void findsAShopClockRunningAheadByAFractionOfASecond() throws Exception {
    assertFindsSkew(Duration.ofMillis(1_234).plusNanos(567_000));
  }

  @Test
  void findsAShopClockRunningBehind() throws Exception {
    assertFindsSkew(Duration.ofMillis(-2_718).minusNanos(281_000));
  }

  private static void assertFindsSkew(Duration skew) throws Exception {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofHours(1)).withSkew(skew);
    try (DemoShop shop = DemoShop.start(config)) {
      long started = System.nanoTime();
      // paced for a site on this machine: a probe meets every tick-over of the shop's clock
      Pacing pacing = Pacing.THIS_MACHINE;
      SyncResult result =
          ClockSync.sync(
              shop.url(), ClockSync.Options.defaults().withPacing(pacing), pacing.budget());
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      Duration error = result.offset().minus(skew).abs();
      System.out.printf(
          "skew %s: %s; error %.3f ms, took %.1f s%n",
          skew, result.summary(), error.toNanos() / 1e6, took.toMillis() / 1e3);
      // Within what the sync itself claims; how small that is (the 5 ms target) is errand bench's
      // to report, not a timed test's: a busy build machine widens it honestly.
      assertTrue(
          error.compareTo(result.uncertainty()) <= 0, "error " + error + ": " + result.summary());
      assertTrue(result.bounds().contains(skew), result::toString);
      assertTrue(result.consistent(), result::toString);
      assertTrue(result.probes() <= 30, result::summary);
      assertFalse(result.fellBackToGet(), "the demo shop answers HEAD");
      assertEquals(
          result.probes(),
          shop.requestLog().matching("HEAD", "/").size(),
          "every probe reached the shop");
      Duration clockError =
          Duration.between(shop.shopClock().instant(), new SyncedSiteClock(result).now()).abs();
      assertTrue(
          clockError.compareTo(result.uncertainty().plusMillis(1)) <= 0, // 1 ms: the two readings
          "synced clock off by " + clockError);
    }
  }
}
