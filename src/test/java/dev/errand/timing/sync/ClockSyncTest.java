package dev.errand.timing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sync loop against a fake site on a fake clock. */
class ClockSyncTest {

  private static final ClockSync.Options DEFAULTS = ClockSync.Options.defaults();

  @Test
  void convergesToWithinAMillisecondForOffsetsFromMinusToPlusThreeSeconds() {
    int worstProbes = 0;
    for (long millis = -3_000; millis <= 3_000; millis += 97) {
      Duration truth = Duration.ofMillis(millis).plusNanos(123_457);
      FakeSite site =
          new FakeSite(truth)
              .trip(
                  Duration.ofNanos(200_000), Duration.ofNanos(300_000), Duration.ofNanos(200_000));

      SyncResult result = site.sync(DEFAULTS).run();

      assertWithin(truth, result, Duration.ofMillis(1));
      assertTrue(result.consistent(), result::toString);
      assertTrue(result.probes() <= ClockSync.Options.MAX_PROBES);
      assertEquals(site.requests(), result.probes());
      assertNeverExcludes(truth, result);
      worstProbes = Math.max(worstProbes, result.probes());
    }
    assertTrue(worstProbes <= 20, "worst case took " + worstProbes + " probes");
  }

  @Test
  void aSlowLinkNarrowsToAboutTheRoundTripAndStillHoldsTheTruth() {
    for (long millis = -2_500; millis <= 2_500; millis += 713) {
      Duration truth = Duration.ofMillis(millis).plusNanos(987_654);
      FakeSite site =
          new FakeSite(truth)
              .trip(Duration.ofMillis(6), Duration.ofMillis(14), Duration.ofMillis(8));

      SyncResult result = site.sync(DEFAULTS).run();

      assertNeverExcludes(truth, result);
      Duration error = result.offset().minus(truth).abs();
      assertTrue(error.compareTo(result.uncertainty()) <= 0, error + " vs " + result);
      assertTrue(result.uncertainty().toMillis() <= 20, result::toString);
      assertTrue(result.probes() < 20, "stops near the round-trip bound: " + result.probes());
    }
  }

  @Test
  void aSyncThatBeganOnABusyMachineGoesOnNarrowingOnceItIsQuiet() {
    for (long millis = -2_500; millis <= 2_500; millis += 1_111) {
      Duration truth = Duration.ofMillis(millis).plusNanos(123_456);
      FakeSite site = new FakeSite(truth).busyFor(10, Duration.ofMillis(15));

      SyncResult result = site.sync(DEFAULTS).run();

      assertNeverExcludes(truth, result);
      assertTrue(
          result.uncertainty().compareTo(Duration.ofMillis(1)) <= 0,
          "as narrow as on a quiet machine: " + result);
      assertTrue(result.probes() <= ClockSync.Options.MAX_PROBES, result::toString);
    }
  }

  @Test
  void probesArePoliteAndTimedAtTheSitesTickOver() {
    Duration truth = Duration.ofMillis(1_234);
    FakeSite site = new FakeSite(truth).trip(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    SyncResult result = site.sync(DEFAULTS).run();

    for (int i = 1; i < site.sentAt.size(); i++) {
      long gap = site.sentAt.get(i) - site.sentAt.get(i - 1);
      assertTrue(gap >= 500_000_000L, "probe " + i + " only " + gap + " ns after the last");
    }
    for (int i = 2; i < site.sentAt.size(); i++) {
      if (result.samples().get(i).use() != Sample.Use.USED) {
        continue;
      }
      // Aimed at what the interval so far says is a tick-over of the site's clock.
      OffsetBounds before = result.samples().get(i - 1).after();
      long arrival = site.timeline().epochNanos(site.sentAt.get(i));
      assertEquals(
          0, Math.floorMod(arrival + before.midpointNanos(), 1_000_000_000L), "probe " + i);
    }
    assertWithin(truth, result, Duration.ofMillis(1));
    List<Sample.Use> tail =
        result.samples().subList(result.probes() - 4, result.probes()).stream()
            .map(Sample::use)
            .toList();
    assertEquals(
        List.of(Sample.Use.CHECK, Sample.Use.CHECK, Sample.Use.CHECK, Sample.Use.CHECK), tail);
  }

  @Test
  void sitesWhoseServersDisagreeAreReportedNotAveraged() {
    Duration a = Duration.ofMillis(200);
    Duration b = Duration.ofMillis(900);
    FakeSite site = new FakeSite(a, b);

    SyncResult result = site.sync(DEFAULTS).run();

    assertFalse(result.consistent());
    assertTrue(result.inconsistency().startsWith("the site's clocks disagree"), result::toString);
    assertEquals(result.inconsistency(), result.warnings().get(0));
    assertTrue(result.bounds().contains(a) && result.bounds().contains(b), result::toString);
    assertEquals(Sample.Use.CONTRADICTS, last(result).use());
    assertTrue(result.summary().endsWith("; the site's clocks disagree)"), result.summary());
  }

  @Test
  void serversAFewMillisecondsApartAreCaughtOnceTheIntervalIsNarrow() {
    FakeSite site = new FakeSite(Duration.ofMillis(-1_500), Duration.ofMillis(-1_530));

    SyncResult result = site.sync(DEFAULTS).run();

    assertFalse(result.consistent(), result::toString);
    assertTrue(result.bounds().contains(Duration.ofMillis(-1_500)));
    assertTrue(result.bounds().contains(Duration.ofMillis(-1_530)));
  }

  @Test
  void aSiteWithoutDateHeadersFailsFastWithAPlainMessage() {
    FakeSite site = new FakeSite(Duration.ZERO).withoutDate();

    ClockSyncException e = assertThrows(ClockSyncException.class, () -> site.sync(DEFAULTS).run());

    assertEquals(
        "https://shop.example/ sends no Date header: cannot read its clock", e.getMessage());
    assertEquals(2, site.requests(), "gives up after the warm-up and one probe");
  }

  @Test
  void anOccasionalMissingDateIsSkipped() {
    Duration truth = Duration.ofMillis(-750);
    FakeSite site =
        new FakeSite(truth)
            .headers(n -> n % 4 == 2 ? Map.of("Date", "") : Map.<String, String>of());

    SyncResult result = site.sync(DEFAULTS).run();

    assertWithin(truth, result, Duration.ofMillis(1));
    assertTrue(result.samples().stream().anyMatch(s -> s.use() == Sample.Use.NO_DATE));
    assertTrue(hasWarning(result, "without a readable Date header ignored"), result::toString);
  }

  @Test
  void cachedAnswersAreIgnored() {
    Duration truth = Duration.ofMillis(2_345);
    FakeSite site = new FakeSite(truth);
    site.headers(
        n ->
            n % 3 == 1
                ? Map.of("Age", "37", "Date", site.dateAgo(Duration.ofSeconds(37)))
                : Map.of("Age", "0"));

    SyncResult result = site.sync(DEFAULTS).run();

    assertTrue(result.consistent(), result::toString);
    assertWithin(truth, result, Duration.ofMillis(1));
    assertNeverExcludes(truth, result);
    Sample cached = result.samples().get(1);
    assertEquals(Sample.Use.CACHED, cached.use());
    assertEquals("37", cached.age());
    assertTrue(hasWarning(result, "cached answers (Age > 0) ignored"), result::toString);
    assertTrue(hasWarning(result, "looks like a CDN edge's (answers carry Age)"), result::toString);
  }

  @Test
  void aSiteAnsweringOnlyFromCacheIsAnError() {
    FakeSite site = new FakeSite(Duration.ZERO);
    site.headers(n -> Map.of("Age", "5"));

    ClockSyncException e = assertThrows(ClockSyncException.class, () -> site.sync(DEFAULTS).run());

    assertEquals(
        "https://shop.example/ answers only from a cache (Age > 0): cannot read its clock",
        e.getMessage());
    assertTrue(site.requests() <= 7, "gives up early: " + site.requests());
  }

  @Test
  void subSecondTimerStampsArePreferredToDate() {
    Duration edge = Duration.ofMillis(1_111).plusNanos(222_333);
    Duration origin = edge.plusMillis(400);
    FakeSite site = new FakeSite(edge).withTimer();
    site.headers(n -> Map.of("Date", site.dateAgo(edge.minus(origin)), "Via", "1.1 varnish"));

    SyncResult result = site.sync(DEFAULTS).run();

    assertTrue(result.consistent(), result::toString);
    assertWithin(edge, result, Duration.ofMillis(1));
    assertTrue(result.probes() <= 6, "a stamp needs no bisection: " + result.probes());
    assertTrue(result.samples().get(1).timer().startsWith("S"));
    assertTrue(hasWarning(result, "CDN edge's (answers carry Via)"), result::toString);
  }

  @Test
  void refusedHeadIsReportedAsAFallBackToGet() {
    SyncResult result =
        new FakeSite(Duration.ofMillis(10)).answeringWith("GET").sync(DEFAULTS).run();

    assertTrue(result.fellBackToGet());
    assertEquals("GET", result.samples().get(1).method());
    assertTrue(hasWarning(result, "refuses HEAD requests: probed with GET"));
  }

  @Test
  void anUnreachableSiteFailsWithAPlainMessage() {
    FakeSite site =
        new FakeSite(Duration.ZERO).failing(n -> new ConnectException("Connection refused"));

    ClockSyncException e = assertThrows(ClockSyncException.class, () -> site.sync(DEFAULTS).run());

    assertEquals("could not reach https://shop.example/: connection refused", e.getMessage());
    assertEquals(1, site.requests());
  }

  @Test
  void aTimedOutProbeIsSkippedButThreeInARowGiveUp() {
    Duration truth = Duration.ofMillis(-2_020);
    FakeSite flaky =
        new FakeSite(truth).failing(n -> n == 3 ? new HttpTimeoutException("timed out") : null);

    SyncResult result = flaky.sync(DEFAULTS).run();

    assertWithin(truth, result, Duration.ofMillis(1));
    assertEquals(Sample.Use.FAILED, result.samples().get(3).use());
    assertTrue(hasWarning(result, "1 probe got no answer (last: no answer within 5 s)"));

    // one reading, then silence: errand keeps that wide reading (and says so) rather than none
    FakeSite fading =
        new FakeSite(truth).failing(n -> n >= 2 ? new HttpTimeoutException("timed out") : null);
    SyncResult rough = fading.sync(DEFAULTS).run();
    assertNeverExcludes(truth, rough);
    assertTrue(
        hasWarning(
            rough,
            "the sync stopped early (could not reach https://shop.example/: no answer within 5 s"
                + " (3 probes in a row))"),
        rough::toString);
    assertEquals(5, fading.requests());

    FakeSite dead =
        new FakeSite(truth).failing(n -> n >= 1 ? new HttpTimeoutException("timed out") : null);
    ClockSyncException e = assertThrows(ClockSyncException.class, () -> dead.sync(DEFAULTS).run());
    assertEquals(
        "could not reach https://shop.example/: no answer within 5 s (3 probes in a row)",
        e.getMessage());
  }

  @Test
  void fewProbesGiveAWideButHonestEstimate() {
    Duration truth = Duration.ofMillis(480);
    FakeSite site = new FakeSite(truth);

    SyncResult result = site.sync(DEFAULTS.withMaxProbes(4)).run();

    assertEquals(4, result.probes());
    assertEquals(4, site.requests());
    assertNeverExcludes(truth, result);
    assertTrue(result.uncertainty().toMillis() > 50, result::toString);
    assertTrue(
        hasWarning(result, "to be never early, errand acts up to 251 ms after the instant"),
        result::toString);
    assertTrue(hasWarning(result, "no probes were left to cross-check"), result::toString);
  }

  @Test
  void samplesRecordEveryProbeForTheJournal() {
    FakeSite site = new FakeSite(Duration.ofMillis(3));

    SyncResult result = site.sync(DEFAULTS).run();

    Sample warmUp = result.samples().get(0);
    assertEquals(Sample.Use.WARM_UP, warmUp.use());
    assertEquals(0, warmUp.number());
    assertEquals(null, warmUp.after());
    Sample first = result.samples().get(1);
    assertEquals(1, first.number());
    assertEquals("HEAD", first.method());
    assertEquals(200, first.status());
    assertTrue(first.date().endsWith(" GMT"));
    assertTrue(first.sentAt().isBefore(first.receivedAt()));
    assertEquals(first.bounds(), first.after());
    assertTrue(first.bounds().width().toMillis() >= 1_000);
    assertEquals(result.bounds(), last(result).after());
    assertEquals(result.bounds().midpoint(), result.offset());
    assertEquals(result.bounds().halfWidth(), result.uncertainty());
  }

  @Test
  void optionsRefuseImpoliteOrImpossibleSettings() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxProbes(31));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxProbes(1));
    assertThrows(
        IllegalArgumentException.class, () -> DEFAULTS.withMinSpacing(Duration.ofMillis(100)));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTargetWidth(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withProbeTimeout(Duration.ZERO));
    assertEquals(30, DEFAULTS.maxProbes());
    assertEquals(Duration.ofMillis(2), DEFAULTS.targetWidth());
    assertEquals(Duration.ofMillis(1_100), DEFAULTS.minSpacing());
    assertThrows(
        IllegalArgumentException.class, () -> DEFAULTS.withMinSpacing(Duration.ofMillis(500)));
    assertEquals(Duration.ofSeconds(5), DEFAULTS.probeTimeout());
  }

  @Test
  void onlyHttpAndHttpsSitesHaveAClock() {
    ClockSyncException ftp =
        assertThrows(
            ClockSyncException.class,
            () -> ClockSync.sync(URI.create("ftp://shop.example/"), DEFAULTS));
    assertEquals(
        "cannot read the clock of 'ftp://shop.example/': only http:// and https:// sites have one",
        ftp.getMessage());
    ClockSyncException noHost =
        assertThrows(
            ClockSyncException.class, () -> ClockSync.sync(URI.create("https:///x"), DEFAULTS));
    assertTrue(noHost.getMessage().endsWith("the URL has no host"), noHost.getMessage());
  }

  private static void assertWithin(Duration truth, SyncResult result, Duration tolerance) {
    Duration error = result.offset().minus(truth).abs();
    assertTrue(
        error.compareTo(tolerance) <= 0,
        "truth " + truth + ", estimate " + result.offset() + " (" + result.summary() + ")");
  }

  /** Neither the final interval nor any interval along the way excludes the true offset. */
  private static void assertNeverExcludes(Duration truth, SyncResult result) {
    assertTrue(result.bounds().contains(truth), result.bounds() + " excludes " + truth);
    for (Sample sample : result.samples()) {
      if (sample.after() != null) {
        assertTrue(sample.after().contains(truth), "after probe " + sample.number());
      }
    }
  }

  private static boolean hasWarning(SyncResult result, String part) {
    return result.warnings().stream().anyMatch(w -> w.contains(part));
  }

  private static Sample last(SyncResult result) {
    List<Sample> samples = result.samples();
    return samples.get(samples.size() - 1);
  }
}
