package dev.errand.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.cli.Console;
import dev.errand.journal.AttemptComparison;
import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.FixtureRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal views of attempts: table, timeline, comparison. */
class AttemptsViewsTest {

  static final Instant T = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;

  static Console console(boolean colour) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return new Console(sink, sink, Console.Verbosity.NORMAL, colour);
  }

  @Test
  void theTableHasAlignedColumnsAndColoursOnlyTheOutcome() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "x", 40).dir());
    List<String> plain = AttemptsTable.render(List.of(a), console(false), ZoneOffset.UTC);
    assertEquals(2, plain.size());
    String header = plain.get(0);
    String row = plain.get(1);
    assertTrue(row.startsWith("2026-11-21 19:00:00  Demo shop — two tickets"), row);
    assertEquals(header.indexOf("OUTCOME"), row.indexOf("reached-payment"), "aligned");
    assertTrue(row.contains("66 ms"), "reaction: " + row);
    assertTrue(row.contains("  17.6 s  "), "took: " + row);
    assertTrue(row.endsWith(a.id()));

    String coloured = AttemptsTable.render(List.of(a), console(true), ZoneOffset.UTC).get(1);
    assertTrue(coloured.contains("\033[32mreached-payment"), "green: " + coloured);
  }

  @Test
  void aLongRecipeNameIsCut() {
    AttemptRecord a =
        AttemptReader.read(
            FixtureRun.start(
                    root,
                    "A very long recipe name that goes on and on and on",
                    "x",
                    T,
                    T.plusSeconds(5),
                    java.time.Duration.ZERO)
                .close()
                .dir());
    String row = AttemptsTable.render(List.of(a), console(false), ZoneOffset.UTC).get(1);
    assertTrue(row.contains("A very long recipe name that goes o…"), row);
    assertTrue(row.contains("crashed"), row);
  }

  @Test
  void theTimelineStampsEveryLineOnTheSitesClock() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "x", 40).dir());
    List<String> lines = AttemptsTimeline.render(a, console(false), ZoneOffset.UTC);
    String text = String.join("\n", lines);
    assertTrue(text.contains("clock    +2.500 s ± 5.0 ms (2 probes, RTT 8.0 ms)"), text);
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches(" T−00:15\\.500  arm +✓ goto /events/aurora  400 ms")),
        text);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("T+0.000") && l.contains("⚑ release instant")));
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("T+0.006")
                        && l.contains("at-release")
                        && l.contains("✓ wait for visible {text: 'Ticket type'}  60 ms")),
        text);
    assertTrue(text.contains("errand fired +6.0 ms after it"), text);
    assertTrue(text.contains("┏ handed over (payment): Pay in the browser window → stopped"), text);
    assertTrue(text.contains("▣ 01-armed.png"), text);
    assertTrue(text.contains("reaction 66 ms"), text);
    assertTrue(lines.get(lines.size() - 1).startsWith("outcome  reached-payment"), text);
  }

  @Test
  void firingLaterCountsAsWhereTheTimeWent() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "x", 40, 1).dir());
    AttemptRecord b =
        AttemptReader.read(FixtureRun.demo(root, T.plusSeconds(60), "x", 140, 301).dir());
    List<String> plain = AttemptsCompareView.render(AttemptComparison.of(a, b), console(false), 2);
    int where = plain.indexOf("where the time went differently (biggest first)");
    assertTrue(
        plain
            .get(where + 1)
            .contains("+300 ms  errand fired (after the instant: 6.0 ms → 306 ms, later in B)"),
        String.join("\n", plain));
    assertTrue(plain.get(where + 2).contains("+100 ms  click"), String.join("\n", plain));
    assertEquals(where + 3, plain.size(), "--top 2");
  }

  @Test
  void theComparisonPutsTheBiggestDifferenceFirstAndColoursIt() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "x", 40).dir());
    AttemptRecord b = AttemptReader.read(FixtureRun.demo(root, T.plusSeconds(60), "x", 1040).dir());
    List<String> plain = AttemptsCompareView.render(AttemptComparison.of(a, b), console(false), 3);
    String text = String.join("\n", plain);
    assertTrue(text.contains("reaction (first action)"), text);
    int where = plain.indexOf("where the time went differently (biggest first)");
    assertTrue(where > 0, text);
    assertTrue(
        plain.get(where + 1).contains("1.   +1.00 s  click {role: button, name: 'Add to basket'}"),
        text);
    assertTrue(plain.get(where + 1).contains("(at-release: 40 ms → 1.04 s, slower in B)"), text);
    String coloured =
        String.join("\n", AttemptsCompareView.render(AttemptComparison.of(a, b), console(true), 3));
    assertTrue(coloured.contains("\033[31m  +1.00 s\033[0m"), "slower in red: " + coloured);
  }

  @Test
  void longDurationsKeepTheirColumnsApartAndAligned() {
    AttemptRecord a =
        AttemptReader.read(
            FixtureRun.start(root, "r", "x", T, T.plusSeconds(5), java.time.Duration.ZERO)
                .advance(83_000)
                .outcome(dev.errand.run.Outcome.COMPLETED, "done")
                .dir());
    AttemptRecord b =
        AttemptReader.read(
            FixtureRun.start(
                    root, "r", "x", T.plusSeconds(600), T.plusSeconds(605), java.time.Duration.ZERO)
                .advance(103_000)
                .outcome(dev.errand.run.Outcome.COMPLETED, "done")
                .dir());
    List<String> plain = AttemptsCompareView.render(AttemptComparison.of(a, b), console(false), 3);
    String text = String.join("\n", plain);
    String header = plain.stream().filter(l -> l.contains("B − A")).findFirst().orElseThrow();
    String whole = plain.stream().filter(l -> l.contains("whole run")).findFirst().orElseThrow();
    assertTrue(whole.contains("1 min 23 s  "), text);
    assertTrue(whole.contains("  1 min 43 s  "), text);
    assertEquals(
        header.indexOf("A ") + 1, whole.indexOf("1 min 23 s") + "1 min 23 s".length(), text);
    assertEquals(
        header.indexOf("B ") + 1, whole.indexOf("1 min 43 s") + "1 min 43 s".length(), text);
  }
}
