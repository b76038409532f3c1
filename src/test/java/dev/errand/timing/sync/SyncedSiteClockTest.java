package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synced clock and how it describes itself. */
class SyncedSiteClockTest {

  private static SyncResult result(Duration lo, Duration hi, Duration rtt, int probes) {
    OffsetBounds bounds = OffsetBounds.of(lo, hi);
    return new SyncResult(
        URI.create("https://shop.example/"),
        bounds.midpoint(),
        bounds.halfWidth(),
        bounds,
        rtt,
        probes,
        List.of(),
        List.of(),
        null,
        false,
        "/robots.txt");
  }

  @Test
  void nowIsTheLocalClockPlusTheOffset() {
    Instant local = Instant.parse("2026-12-01T09:59:58Z");
    SyncResult result =
        result(Duration.ofMillis(1_233), Duration.ofMillis(1_235), Duration.ofNanos(400_000), 14);
    SyncedSiteClock clock = new SyncedSiteClock(result, Clock.fixed(local, ZoneOffset.UTC));

    assertEquals(local.plusMillis(1_234), clock.now());
    assertEquals(Duration.ofMillis(1), clock.uncertainty());
    assertEquals(result, clock.result());
  }

  @Test
  void describesOffsetUncertaintyProbesAndRoundTrip() {
    SyncResult ahead =
        result(Duration.ofMillis(1_232), Duration.ofMillis(1_236), Duration.ofNanos(400_000), 14);
    SyncResult behind =
        result(
            Duration.ofMillis(-2_520), Duration.ofMillis(-2_490), Duration.ofNanos(23_400_000), 9);

    assertEquals(
        "site clock: local +1.234 s ±2 ms (14 probes to /robots.txt, RTT 0.4 ms)",
        new SyncedSiteClock(ahead).describe());
    assertEquals(
        "site clock: local -2.505 s ±15 ms (9 probes to /robots.txt, RTT 23 ms)",
        new SyncedSiteClock(behind).describe());
  }

  @Test
  void roundsTheUncertaintyUpNeverDown() {
    SyncResult result =
        result(Duration.ZERO, Duration.ofNanos(1_610_000), Duration.ofNanos(250_000), 12);

    assertEquals(
        "site clock: local +0.001 s ±0.9 ms (12 probes to /robots.txt, RTT 0.3 ms)",
        new SyncedSiteClock(result).describe());
  }
}
