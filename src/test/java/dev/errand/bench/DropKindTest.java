package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DropKindTest {

  @Test
  void aListParsesInItsOrderInAnyCaseEachKindOnce() {
    assertEquals(
        List.of(DropKind.SERVER, DropKind.LIMITED, DropKind.FORM),
        DropKind.parse(" Server,limited ,FORM,server"));
  }

  @Test
  void unknownKindsAreAllNamedWithTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DropKind.parse("ssr,form,fast"));
    assertEquals(
        "unknown kind 'ssr', 'fast'; the kinds are form, countdown, server, slow, late, limited",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DropKind.parse(""));
  }

  @Test
  void eachKindSetsItsSalePageAndOnlyItsOwnMode() {
    DemoShopConfig base = DemoShopConfig.opensIn(Duration.ofSeconds(30));
    DemoShopConfig server = DropKind.SERVER.shop(base);
    assertEquals(SalePage.SERVER, server.salePage());
    assertEquals(Duration.ZERO, server.renderDelay());
    DemoShopConfig slow = DropKind.SLOW.shop(base);
    assertEquals(SalePage.FORM, slow.salePage());
    assertEquals(Duration.ofMillis(60), slow.renderDelay());
    assertEquals(0, slow.rateLimit());
    DemoShopConfig late = DropKind.LATE.shop(base);
    assertEquals(Duration.ofMillis(100), late.lateCommit());
    assertEquals(Duration.ZERO, late.renderDelay());
    DemoShopConfig limited = DropKind.LIMITED.shop(base);
    assertEquals(1, limited.rateLimit());
    assertEquals(Duration.ZERO, limited.lateCommit());
    assertEquals(SalePage.COUNTDOWN, DropKind.COUNTDOWN.shop(base).salePage());
    assertEquals(base.releaseAt(), limited.releaseAt());
  }

  @Test
  void theDefaultIsTodaysTwoSalePages() {
    assertEquals(List.of(DropKind.COUNTDOWN, DropKind.FORM), DropKind.DEFAULT);
    for (DropKind kind : DropKind.values()) {
      assertTrue(!kind.describe().isBlank(), kind.id());
    }
  }
}
