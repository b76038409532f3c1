package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  @Test
  void theTableHasARowPerStrategyWithItsFigures() {
    List<String> lines = ReportTable.lines(SampleReports.twoDrops());
    String text = String.join("\n", lines);
    assertTrue(lines.get(0).contains("2 drops"), text);
    String page = lines.stream().filter(l -> l.startsWith("form: ")).findFirst().orElseThrow();
    assertTrue(page.contains("buy form is there before the sale"), page);
    assertTrue(page.contains("2 drops · skews -3.000 s … +3.000 s"), page);
    String errand = row(lines, "errand ");
    assertTrue(
        errand.matches("errand\\s+25\\.0 ms\\s+30\\.0 ms\\s+30\\.0 ms\\s+0/2\\s+0\\s+.*"), errand);
    assertTrue(errand.contains("offset error median 2.5 ms, max 4.0 ms"), errand);
    assertTrue(
        row(lines, "naive ")
            .matches("naive\\s+2020\\.0 ms\\s+3040\\.0 ms\\s+3040\\.0 ms\\s+0/2\\s+0"),
        text);
    assertTrue(row(lines, "floor ").contains("0.5 ms"), text);
    assertTrue(text.contains("0.01× the naive script's and 50.0× the floor's"), text);
    assertTrue(
        text.contains(
            "errand had the buy control 6.0 ms after the instant (median; max 8.0 ms), and its"
                + " request reached the shop 19.0 ms after that (median; p95 22.0 ms)"),
        text);
  }

  @Test
  void everyTargetIsPrintedNextToItsFigure() {
    String text = String.join("\n", ReportTable.lines(SampleReports.twoDrops()));
    assertTrue(
        text.contains(
            "✓ errand early requests (before the announced instant, shop clock): 0 of 2 drops"
                + " (target 0 across skews)"),
        text);
    assertTrue(text.contains("✓ errand median latency: 25.0 ms (target ≤ 50.0 ms)"), text);
    assertTrue(text.contains("✓ errand p95 latency: 30.0 ms (target ≤ 100.0 ms)"), text);
    assertTrue(text.contains("✓ errand clock-offset error (max): 4.0 ms (target ≤ 5.0 ms)"), text);
  }

  @Test
  void columnsLineUp() {
    List<String> lines = ReportTable.lines(SampleReports.twoDrops());
    int header =
        lines.stream()
            .filter(l -> l.startsWith("strategy"))
            .findFirst()
            .orElseThrow()
            .indexOf("early");
    for (String name : List.of("errand ", "naive ", "floor ")) {
      String row = row(lines, name);
      assertEquals(header + "early".length(), row.indexOf("/2") + 2, row);
    }
  }

  @Test
  void progressLinesSayPageSkewLatencyAndTrouble() {
    assertEquals(
        "drop 1/2 · form      · skew -3.000 s · errand    20.0 ms · HTTP 303 · clock off by 1.0 ms",
        ReportTable.progress(
            SampleReports.drop(BenchReport.ERRAND, 1, 20L, false, -2999L, null), 2));
    assertEquals(
        "drop 2/2 · form      · skew +3.000 s · naive  no request · boom",
        ReportTable.progress(
            SampleReports.drop(BenchReport.NAIVE, 2, null, false, null, "boom"), 2));
    assertTrue(
        ReportTable.progress(SampleReports.drop(BenchReport.NAIVE, 2, -4L, true, null, null), 2)
            .endsWith("-4.0 ms · HTTP 403 · EARLY"));
  }

  /** The table row starting with {@code prefix} (below the header, not the title). */
  private static String row(List<String> lines, String prefix) {
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("strategy")).findFirst().orElseThrow());
    return lines.subList(header + 1, lines.size()).stream()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
