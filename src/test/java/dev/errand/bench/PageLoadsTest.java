package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.demo.RequestLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PageLoadsTest {

  static RequestLog.Entry request(
      long atMs, String method, String path, int status, String fetchDest) {
    Instant at = Instant.EPOCH.plusMillis(atMs);
    return new RequestLog.Entry(
        at, atMs * 1_000_000, method, path, status, "sid", at, Optional.ofNullable(fetchDest));
  }

  static RequestLog.Entry load(long atMs) {
    return request(atMs, "GET", "/events/aurora-live", 200, "document");
  }

  @Test
  void documentsAndRequestsWithoutSecFetchDestArePageLoadsSubResourcesAreNot() {
    List<RequestLog.Entry> loads =
        PageLoads.of(
            List.of(
                request(0, "HEAD", "/robots.txt", 200, null),
                request(10, "GET", "/events/aurora-live", 200, "document"),
                request(20, "GET", "/favicon.ico", 200, "image"),
                request(30, "GET", "/api/events/aurora-live", 200, "empty"),
                request(40, "GET", "/__pay/card-frame", 200, "iframe"),
                request(50, "POST", "/basket", 403, "Document")));
    assertEquals(
        List.of(0L, 10L, 50L), loads.stream().map(e -> e.receivedNanos() / 1_000_000).toList());
  }

  @Test
  void theGetFollowingARedirectBelongsToItsPageLoad() {
    List<RequestLog.Entry> loads =
        PageLoads.of(
            List.of(
                request(0, "POST", "/basket", 303, "document"),
                request(15, "GET", "/basket", 200, "document"),
                request(1_200, "GET", "/checkout", 200, "document")));
    assertEquals(
        List.of("/basket", "/checkout"), loads.stream().map(RequestLog.Entry::path).toList());
    List<RequestLog.Entry> late =
        PageLoads.of(
            List.of(
                request(0, "POST", "/basket", 303, "document"),
                request(2_500, "GET", "/basket", 200, "document")));
    assertEquals(2, late.size(), "more than 2 s after the redirect it is a load of its own");
  }

  @Test
  void theDensestWindowCountsLoadsWithinOneSecondHalfOpen() {
    assertEquals(0, PageLoads.densestWindow(List.of()));
    assertEquals(1, PageLoads.densestWindow(List.of(load(0))));
    assertEquals(1, PageLoads.densestWindow(List.of(load(0), load(1_100), load(2_200))));
    assertEquals(1, PageLoads.densestWindow(List.of(load(0), load(1_000))), "exactly 1 s apart");
    assertEquals(2, PageLoads.densestWindow(List.of(load(0), load(999))));
    assertEquals(
        3,
        PageLoads.densestWindow(
            List.of(load(0), load(2_000), load(2_300), load(2_900), load(3_300))));
  }
}
