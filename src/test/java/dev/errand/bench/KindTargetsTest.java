package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each kind's targets judged on fake drops: met, missed, or shown and not judged. */
@Timeout(10)
class KindTargetsTest {

  /** One errand drop of {@code kind}. */
  /**
   * errand on a slow shop: it had the buy control {@code shownMs} after the instant, and its
   * request reached the shop 40 ms later.
   */
  static DropResult slowDrop(int n, long shownMs, Long marginMs) {
    DropResult plain =
        drop(DropKind.SLOW, n, shownMs + 40, marginMs, null, SampleReports.POLITE, true);
    Strike strike = plain.strike().orElseThrow();
    return new DropResult(
        plain.strategy(),
        plain.drop(),
        plain.kind(),
        plain.skew(),
        plain.reaction(),
        plain.politeness(),
        Optional.of(
            new Strike(
                strike.measuredOffset(),
                Optional.of(Duration.ofMillis(shownMs)),
                strike.margin(),
                strike.reloadStarted(),
                strike.note())),
        plain.error());
  }

  static DropResult drop(
      DropKind kind,
      int n,
      long latencyMs,
      Long marginMs,
      Long reloadMs,
      Politeness politeness,
      boolean added) {
    Reaction reaction =
        new Reaction(
            Optional.of(Duration.ofMillis(latencyMs)), latencyMs < 0, 1, added ? 303 : 403, added);
    Strike strike =
        new Strike(
            Optional.of(Duration.ofMillis(1)),
            Optional.empty(),
            Optional.ofNullable(marginMs).map(Duration::ofMillis),
            Optional.ofNullable(reloadMs).map(Duration::ofMillis),
            "");
    return new DropResult(
        BenchReport.ERRAND,
        n,
        kind,
        Duration.ofMillis(n),
        reaction,
        politeness,
        Optional.of(strike),
        Optional.empty());
  }

  static List<Target> targets(DropKind kind, DropResult... drops) {
    StrategySummary errand = StrategySummary.of(BenchReport.ERRAND, List.of(drops));
    return new PageResults(kind, List.of(Duration.ZERO), List.of(errand)).targets();
  }

  static Target named(List<Target> targets, String start) {
    return targets.stream()
        .filter(t -> t.what().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + start + " in " + targets));
  }

  @Test
  void onASlowShopTheLatenessBeyondEachDropsMarginIsJudgedAndTheBareLatencyIsNot() {
    Politeness p = SampleReports.POLITE;
    List<Target> met =
        targets(DropKind.SLOW, slowDrop(1, 70, 62L), slowDrop(2, 80, 72L), slowDrop(3, 75, 60L));
    Target beyond = named(met, "errand's start of the purchase beyond its never-early margin");
    assertEquals("✓", beyond.mark(), beyond.toString());
    assertEquals("≤ margin + 10.0 ms", beyond.target());
    assertEquals(
        "started buying 8.0 ms beyond its margin of 62.0 ms (medians; its request reached the"
            + " shop 115.0 ms after the instant)",
        beyond.figure());
    assertEquals("–", named(met, "errand median latency").mark(), "shown, not judged");
    assertEquals("–", named(met, "errand p95 latency").mark());

    List<Target> missed = targets(DropKind.SLOW, slowDrop(1, 90, 62L), slowDrop(2, 95, 66L));
    assertEquals("✗", named(missed, "errand's start of the purchase beyond").mark());

    List<Target> noMargin = targets(DropKind.SLOW, slowDrop(1, 70, null));
    Target none = named(noMargin, "errand's start of the purchase beyond");
    assertEquals("n/a", none.figure());
    assertFalse(none.met());
  }

  @Test
  void onARateLimitedShopViolationsAndTheDensestSecondAreJudged() {
    List<Target> met =
        targets(
            DropKind.LIMITED,
            drop(DropKind.LIMITED, 1, 30, 5L, null, new Politeness(24, 1, 0, 0), true),
            drop(DropKind.LIMITED, 2, 35, 5L, null, new Politeness(23, 1, 0, 0), true));
    Target violations = named(met, "errand Retry-After and rate-limit violations");
    assertEquals("✓", violations.mark());
    assertEquals("0 violations, 0 answered 429, over 2 drops", violations.figure());
    Target densest = named(met, "errand page loads in any one second");
    assertEquals("✓", densest.mark());
    assertEquals("1 at most, over 2 drops", densest.figure());
    assertEquals("≤ 1", densest.target());

    List<Target> missed =
        targets(
            DropKind.LIMITED,
            drop(DropKind.LIMITED, 1, 30, 5L, null, new Politeness(24, 1, 0, 0), true),
            drop(DropKind.LIMITED, 2, 35, 5L, null, new Politeness(26, 2, 1, 2), true));
    assertEquals("✗", named(missed, "errand Retry-After").mark());
    assertEquals(
        "2 violations, 1 answered 429, over 2 drops", named(missed, "errand Retry-After").figure());
    assertEquals("✗", named(missed, "errand page loads in any one second").mark());
    assertEquals("2 at most, over 2 drops", named(missed, "errand page loads").figure());
    assertTrue(
        targets(DropKind.FORM, drop(DropKind.FORM, 1, 30, 5L, null, SampleReports.POLITE, true))
            .stream()
            .noneMatch(t -> t.what().startsWith("errand page loads")),
        "only where the shop limits the rate");
  }

  @Test
  void onALateOpeningShopErrandMustStillGetTheTickets() {
    Politeness p = SampleReports.POLITE;
    List<Target> met =
        targets(
            DropKind.LATE,
            drop(DropKind.LATE, 1, 40, 5L, null, p, true),
            drop(DropKind.LATE, 2, 45, 5L, null, p, true));
    Target got = named(met, "errand got the tickets after the real opening");
    assertEquals("–", got.mark(), "shown, not judged: a release window's job");
    assertEquals("2 of 2 drops", got.figure());
    assertEquals("✓", named(met, "errand early requests").mark());

    List<Target> missed =
        targets(
            DropKind.LATE,
            drop(DropKind.LATE, 1, 40, 5L, null, p, false),
            drop(DropKind.LATE, 2, 45, 5L, null, p, true));
    assertEquals("–", named(missed, "errand got the tickets").mark());
    assertEquals("1 of 2 drops", named(missed, "errand got the tickets").figure());
    assertEquals(
        "✓", named(missed, "errand early requests").mark(), "a 403 after the instant is not early");
  }

  @Test
  void onTheServerPageTheMedianWithItsReloadIsJudgedAgainst100Ms() {
    Politeness p = SampleReports.POLITE;
    List<Target> met =
        targets(
            DropKind.SERVER,
            drop(DropKind.SERVER, 1, 60, 5L, 6L, p, true),
            drop(DropKind.SERVER, 2, 90, 5L, 6L, p, true));
    Target median = named(met, "errand median latency, instant → basket request");
    assertEquals("✓", median.mark());
    assertEquals("75.0 ms", median.figure());
    assertEquals("≤ 100.0 ms", median.target());
    assertEquals("–", named(met, "errand p95 latency").mark());

    List<Target> missed =
        targets(
            DropKind.SERVER,
            drop(DropKind.SERVER, 1, 95, 5L, 6L, p, true),
            drop(DropKind.SERVER, 2, 125, 5L, 6L, p, true));
    assertEquals("✗", named(missed, "errand median latency, instant").mark());
    assertTrue(
        String.join(
                "\n",
                ReportTable.lines(
                    new BenchReport(
                        "x",
                        java.time.Instant.EPOCH,
                        Duration.ZERO,
                        List.of(
                            new PageResults(
                                DropKind.SERVER,
                                List.of(Duration.ZERO),
                                List.of(
                                    StrategySummary.of(
                                        BenchReport.ERRAND,
                                        List.of(
                                            drop(DropKind.SERVER, 1, 95, 5L, 6L, p, true)))))))))
            .contains("errand reloaded 6.0 ms after the instant (median; its never-early margin"),
        "where the time goes");
  }

  @Test
  void anEarlyRequestMissesTheNeverEarlyTargetOnEveryKind() {
    for (DropKind kind : DropKind.values()) {
      List<Target> targets = targets(kind, drop(kind, 1, -2, 5L, null, SampleReports.POLITE, true));
      assertEquals("✗", named(targets, "errand early requests").mark(), kind.id());
      assertEquals("1 of 1 drops", named(targets, "errand early requests").figure(), kind.id());
    }
  }
}
