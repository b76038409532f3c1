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
    assertEquals(0, base.errorShare());
    assertEquals(DemoShopConfig.DEFAULT_ERROR_PAGE_SHARE, base.errorPageShare());
    assertEquals(0, base.dropShare());
    assertEquals(OptionalLong.empty(), base.faultSeed());
    assertEquals(Duration.ZERO, base.waitingRoom());
    assertEquals(DemoShopConfig.Consent.DEMO, base.consent());
    assertEquals(false, base.newsletterPopup());
  }

  @Test
  void theFaultWithersChangeOnlyTheirComponents() {
    DemoShopConfig changed =
        base.withErrors(0.3, 0.5)
            .withDroppedConnections(0.1)
            .withFaultSeed(7)
            .withWaitingRoom(Duration.ofMinutes(2))
            .withConsent(DemoShopConfig.Consent.COOKIEBOT)
            .withNewsletterPopup(true);
    assertEquals(0.3, changed.errorShare());
    assertEquals(0.5, changed.errorPageShare());
    assertEquals(0.1, changed.dropShare());
    assertEquals(OptionalLong.of(7), changed.faultSeed());
    assertEquals(Duration.ofMinutes(2), changed.waitingRoom());
    assertEquals(DemoShopConfig.Consent.COOKIEBOT, changed.consent());
    assertTrue(changed.newsletterPopup());
    assertEquals(base.releaseAt(), changed.releaseAt());
    assertEquals(DemoShopConfig.DEFAULT_ERROR_PAGE_SHARE, base.withErrors(0.3).errorPageShare());
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
    assertRefused(() -> base.withErrors(-0.1), "errorShare must be 0..1");
    assertRefused(() -> base.withErrors(0.5, 1.5), "errorPageShare must be 0..1");
    assertRefused(() -> base.withDroppedConnections(Double.NaN), "dropShare must be 0..1");
    assertRefused(
        () -> base.withErrors(0.7).withDroppedConnections(0.4), "errorShare and dropShare");
    assertRefused(() -> base.withWaitingRoom(Duration.ofMinutes(121)), "waitingRoom must be");
    assertRefused(() -> base.withWaitingRoom(Duration.ofSeconds(-1)), "waitingRoom must be");
    base.withErrors(0.9).withDroppedConnections(0.1);
  }

  private static void assertRefused(Runnable change, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, change::run);
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
