package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The overload modes of a config: off by default, copied by the withers, checked. */
@Timeout(10)
class DemoShopConfigTest {

  private final DemoShopConfig base = DemoShopConfig.opensIn(Duration.ofHours(1));

  @Test
  void theModesAreOffByDefault() {
    assertEquals(Duration.ZERO, base.renderDelay());
    assertEquals(Duration.ZERO, base.lateCommit());
    assertEquals(OptionalLong.empty(), base.lateCommitSeed());
    assertEquals(0, base.rateLimit());
    assertEquals(DemoShopConfig.SalePage.COUNTDOWN, base.salePage());
  }

  @Test
  void theWithersChangeOnlyTheirComponents() {
    DemoShopConfig changed =
        base.withRenderDelay(Duration.ofMillis(60))
            .withLateCommit(Duration.ofMillis(100), 42)
            .withRateLimit(3);
    assertEquals(Duration.ofMillis(60), changed.renderDelay());
    assertEquals(Duration.ofMillis(100), changed.lateCommit());
    assertEquals(OptionalLong.of(42), changed.lateCommitSeed());
    assertEquals(3, changed.rateLimit());
    assertEquals(base.releaseAt(), changed.releaseAt());
    assertEquals(base.stock(), changed.stock());
    assertEquals(
        OptionalLong.empty(), changed.withLateCommit(Duration.ofSeconds(1)).lateCommitSeed());
    assertEquals(
        base,
        changed.withRenderDelay(Duration.ZERO).withLateCommit(Duration.ZERO).withRateLimit(0));
  }

  @Test
  void badModesAreRefused() {
    assertRefused(
        () -> base.withRenderDelay(Duration.ofMillis(-1)), "renderDelay must be 0..10000 ms");
    assertRefused(() -> base.withRenderDelay(Duration.ofSeconds(11)), "renderDelay");
    assertRefused(() -> base.withLateCommit(Duration.ofMillis(-1)), "lateCommit must be");
    assertRefused(() -> base.withLateCommit(Duration.ofSeconds(11)), "lateCommit must be");
    assertRefused(() -> base.withRateLimit(-1), "rateLimit must be 0..1000");
    assertRefused(() -> base.withRateLimit(1_001), "rateLimit");
    base.withLateCommit(DemoShopConfig.MAX_LATE_COMMIT);
  }

  private static void assertRefused(Runnable change, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, change::run);
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
