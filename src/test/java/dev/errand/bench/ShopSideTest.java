package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.RequestLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the shop's log says of a run: the real payment page, and the tries after errors. */
@Timeout(10)
class ShopSideTest {

  static RequestLog.Entry page(long atMs, String method, String path, int status, boolean error) {
    Instant at = Instant.EPOCH.plusMillis(atMs);
    return new RequestLog.Entry(
        at, atMs * 1_000_000, method, path, status, "sid", at, Optional.of("document"), error);
  }

  static RequestLog.Entry frame(long atMs, String path) {
    Instant at = Instant.EPOCH.plusMillis(atMs);
    return new RequestLog.Entry(
        at, atMs * 1_000_000, "GET", path, 200, "sid", at, Optional.of("iframe"), false);
  }

  @Test
  void aRunEndsOnThePaymentPageWhenItsLastPageLoadIsTheShopsOwnPaymentPage() {
    List<RequestLog.Entry> log =
        List.of(
            page(0, "POST", "/checkout", 303, false),
            page(10, "GET", "/payment", 200, false),
            frame(20, "/__pay/card-frame"));
    assertEquals(10, ShopSide.paymentPage(log).orElseThrow().receivedNanos() / 1_000_000);
  }

  @Test
  void aPaymentPathAnsweredWithAnErrorPageOrRefusedIsNotThePaymentPage() {
    assertTrue(ShopSide.paymentPage(List.of(page(0, "GET", "/payment", 200, true))).isEmpty());
    assertTrue(ShopSide.paymentPage(List.of(page(0, "GET", "/payment", 503, true))).isEmpty());
    assertTrue(ShopSide.paymentPage(List.of(page(0, "GET", "/payment", 429, false))).isEmpty());
    assertTrue(ShopSide.paymentPage(List.of(page(0, "GET", "/payment", 303, false))).isEmpty());
  }

  @Test
  void aRunThatLeftThePaymentPageDidNotEndThere() {
    List<RequestLog.Entry> log =
        List.of(page(0, "GET", "/payment", 200, false), page(900, "GET", "/basket", 200, false));
    assertFalse(ShopSide.paymentPage(log).isPresent());
  }

  @Test
  void everyPageLoadAfterAnErrorAnswerIsATryAgain() {
    List<RequestLog.Entry> documents =
        List.of(
            page(0, "GET", "/events/aurora-live", 503, true),
            page(2000, "GET", "/events/aurora-live", 200, true),
            page(3000, "GET", "/events/aurora-live", 200, false),
            page(4000, "POST", "/basket", 429, false),
            page(7000, "POST", "/basket", 303, false),
            page(7100, "GET", "/basket", 200, false));
    assertEquals(3, ShopSide.retries(documents));
  }
}
