package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShopConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FaultModeTest {

  private static final DemoShopConfig BASE = DemoShopConfig.opensIn(Duration.ofSeconds(15));

  @Test
  void modesParseInOrderOnceEachAndAllMeansEveryOne() {
    assertEquals(
        List.of(FaultMode.QUEUE, FaultMode.OVERLOAD), FaultMode.parse(" queue,OVERLOAD,queue"));
    assertEquals(List.of(FaultMode.values()), FaultMode.parse("all"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FaultMode.parse("overload,slow"));
    assertTrue(e.getMessage().contains("'slow'"), e.getMessage());
    assertTrue(e.getMessage().contains("overload, late, queue, consent"), e.getMessage());
  }

  @Test
  void eachModeSetsItsShopAndSeedsTheRunAlikeForEveryStrategy() {
    DemoShopConfig overload = FaultMode.OVERLOAD.shop(BASE, 2, 40, FaultMode.QUEUE_WAIT);
    assertEquals(0.30, overload.errorShare());
    assertEquals(1, overload.rateLimit());
    assertEquals(42, overload.faultSeed().getAsLong());
    DemoShopConfig late = FaultMode.LATE.shop(BASE, 1, 40, FaultMode.QUEUE_WAIT);
    assertEquals(Duration.ofSeconds(2), late.lateCommit());
    assertEquals(41, late.lateCommitSeed().getAsLong());
    assertEquals(
        Duration.ofSeconds(10),
        FaultMode.QUEUE.shop(BASE, 1, 0, Duration.ofSeconds(10)).waitingRoom());
    assertEquals(
        DemoShopConfig.Consent.COOKIEBOT,
        FaultMode.CONSENT.shop(BASE, 2, 0, FaultMode.QUEUE_WAIT).consent());
    assertEquals(
        DemoShopConfig.Consent.ONETRUST,
        FaultMode.CONSENT.shop(BASE, 5, 0, FaultMode.QUEUE_WAIT).consent());
  }
}
