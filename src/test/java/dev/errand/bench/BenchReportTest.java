package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void summariesCountEarlyAndFailedDropsAndOffsetErrors() {
    PageResults report = SampleReports.twoDropsPage();
    StrategySummary errand = report.strategy(BenchReport.ERRAND).orElseThrow();
    assertEquals(Duration.ofMillis(25), errand.latency().orElseThrow().median());
    assertEquals(Duration.ofMillis(30), errand.latency().orElseThrow().max());
    assertEquals(Duration.ofMillis(4), errand.offsetError().orElseThrow().max());
    assertEquals(
        Duration.ofMillis(2).plusNanos(500_000), errand.offsetError().orElseThrow().median());
    assertTrue(report.strategy(BenchReport.NAIVE).orElseThrow().offsetError().isEmpty());
  }

  @Test
  void ratiosCompareMedians() {
    PageResults report = SampleReports.twoDropsPage();
    assertEquals(25.0 / 2020.0, report.errandRatioTo(BenchReport.NAIVE).orElseThrow(), 1e-9);
    assertEquals(50.0, report.errandRatioTo(BenchReport.FLOOR).orElseThrow(), 1e-9);
  }

  @Test
  void targetsJudgeTheFigures() {
    List<Target> targets = SampleReports.twoDropsPage().targets();
    assertEquals(6, targets.size());
    assertTrue(targets.stream().allMatch(Target::met), targets.toString());
    assertEquals("0 of 2 drops", targets.get(0).figure());
    assertEquals("25.0 ms", targets.get(1).figure());
    assertEquals("4.0 ms", targets.get(3).figure());
    // the buy control at 4 and 8 ms: errand's own part took 16 and 22 ms
    assertEquals("errand's own part (buy control → request), median", targets.get(4).what());
    assertEquals("19.0 ms", targets.get(4).figure());
  }

  @Test
  void anEarlyOrSlowOrUnsyncedErrandMissesItsTargets() {
    StrategySummary errand =
        StrategySummary.of(
            BenchReport.ERRAND,
            List.of(
                SampleReports.drop(BenchReport.ERRAND, 1, -3L, true, null, null),
                SampleReports.drop(BenchReport.ERRAND, 2, 400L, false, null, null)));
    PageResults report = new PageResults(SampleReports.PAGE, SampleReports.SKEWS, List.of(errand));
    List<Target> targets = report.targets();
    assertTrue(targets.stream().noneMatch(Target::met), targets.toString());
    assertEquals("n/a", targets.get(3).figure());
    assertTrue(report.errandRatioTo(BenchReport.NAIVE).isEmpty());
  }

  @Test
  void onACountdownPageTheEndToEndLatencyIsShownNotJudgedAndErrandsOwnPartIsJudged() {
    PageResults form = SampleReports.twoDropsPage();
    PageResults countdown = new PageResults(DropKind.COUNTDOWN, form.skews(), form.strategies());
    List<Target> targets = countdown.targets();
    assertEquals(6, targets.size());
    assertEquals("–", targets.get(1).mark());
    assertEquals("–", targets.get(2).mark());
    assertFalse(targets.get(1).met(), "not judged is not met");
    assertEquals("25.0 ms", targets.get(1).figure(), "still shown");
    assertTrue(
        targets.get(1).notJudged().orElseThrow().contains("buy control 6.0 ms after the instant"),
        targets.get(1).toString());
    assertEquals("✓", targets.get(4).mark(), "errand's own part: " + targets.get(4));
    assertEquals("✓", targets.get(0).mark());
    // the form page judges the same figures
    assertTrue(form.targets().stream().allMatch(t -> t.notJudged().isEmpty()));
    assertTrue(
        ReportTable.lines(new BenchReport("x", Instant.EPOCH, Duration.ZERO, List.of(countdown)))
            .stream()
            .anyMatch(l -> l.startsWith("  – errand median latency: 25.0 ms (target ≤ 50.0 ms;")),
        "the table marks it");
  }

  @Test
  void aRunCountsTheDropsOfEveryPage() {
    PageResults form = SampleReports.twoDropsPage();
    PageResults countdown =
        new PageResults(DropKind.COUNTDOWN, List.of(Duration.ZERO), form.strategies());
    BenchReport report =
        new BenchReport("x", Instant.EPOCH, Duration.ZERO, List.of(form, countdown));
    assertEquals(3, report.drops());
    assertTrue(countdown.describe().contains("countdown"), countdown.describe());
    assertTrue(form.describe().contains("buy form is there before"), form.describe());
  }

  @Test
  void aFailedDropHasNoLatencyButCounts() {
    StrategySummary s =
        StrategySummary.of(
            BenchReport.NAIVE,
            List.of(
                SampleReports.drop(BenchReport.NAIVE, 1, null, false, null, "boom"),
                SampleReports.drop(BenchReport.NAIVE, 2, 10L, false, null, null)));
    assertEquals(1, s.failures());
    assertEquals(1, s.latency().orElseThrow().count());
    assertFalse(s.drops().get(0).strike().isPresent());
  }
}
