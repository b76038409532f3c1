package dev.errand.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-made bench results for the formatting tests. */
final class SampleReports {

  static final DropKind PAGE = DropKind.FORM;

  /** A strategy that loaded one page and kept to any rate limit. */
  static final Politeness POLITE = new Politeness(1, 1, 0, 0);

  static final List<Duration> SKEWS = List.of(Duration.ofMillis(-3000), Duration.ofMillis(3000));

  private SampleReports() {}

  /** The one page of {@link #twoDrops()}. */
  static PageResults twoDropsPage() {
    return twoDrops().pages().get(0);
  }

  static DropResult drop(
      String strategy, int n, Long latencyMs, boolean early, Long offsetMs, String error) {
    Reaction reaction =
        latencyMs == null
            ? new Reaction(Optional.empty(), false, 0, 0, false)
            : new Reaction(
                Optional.of(Duration.ofMillis(latencyMs)), early, 1, early ? 403 : 303, !early);
    Optional<Strike> strike =
        error != null
            ? Optional.empty()
            : Optional.of(
                new Strike(
                    Optional.ofNullable(offsetMs).map(Duration::ofMillis),
                    Optional.ofNullable(offsetMs).map(o -> Duration.ofMillis(n * 4)),
                    ""));
    return new DropResult(
        strategy, n, PAGE, SKEWS.get(n - 1), reaction, POLITE, strike, Optional.ofNullable(error));
  }

  /**
   * Two drops on the form page: errand 20/30 ms, offset errors 1 and 4 ms, the buy control seen at
   * 4 and 8 ms; naive 1000/3040 ms; floor 0.5 ms both.
   */
  static BenchReport twoDrops() {
    StrategySummary errand =
        StrategySummary.of(
            BenchReport.ERRAND,
            List.of(
                drop(BenchReport.ERRAND, 1, 20L, false, -2999L, null),
                drop(BenchReport.ERRAND, 2, 30L, false, 3004L, null)));
    StrategySummary naive =
        StrategySummary.of(
            BenchReport.NAIVE,
            List.of(
                drop(BenchReport.NAIVE, 1, 1000L, false, null, null),
                drop(BenchReport.NAIVE, 2, 3040L, false, null, null)));
    DropResult floor1 =
        new DropResult(
            BenchReport.FLOOR,
            1,
            PAGE,
            SKEWS.get(0),
            new Reaction(Optional.of(Duration.ofNanos(500_000)), false, 1, 303, true),
            POLITE,
            Optional.of(Strike.plain()),
            Optional.empty());
    DropResult floor2 =
        new DropResult(
            BenchReport.FLOOR,
            2,
            PAGE,
            SKEWS.get(1),
            new Reaction(Optional.of(Duration.ofNanos(500_000)), false, 1, 303, true),
            POLITE,
            Optional.of(Strike.plain()),
            Optional.empty());
    StrategySummary floor = StrategySummary.of(BenchReport.FLOOR, List.of(floor1, floor2));
    return new BenchReport(
        "1.2.3",
        Instant.parse("2026-03-01T10:00:00Z"),
        Duration.ofSeconds(81),
        List.of(new PageResults(PAGE, SKEWS, List.of(errand, naive, floor))));
  }
}
