package dev.errand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.cli.Console;
import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.FixtureRun;
import dev.errand.journal.HandoffPageRecord;
import dev.errand.journal.HandoffRecord;
import dev.errand.journal.event.JournalEvent;
import dev.errand.journal.event.JournalEvents;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Phase;
import dev.errand.report.text.AttemptsTimeline;
import dev.errand.run.HandoffPageEvent;
import dev.errand.run.HandoffPageEvent.Finish;
import dev.errand.run.HandoffResult;
import dev.errand.run.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handoff taken over on the page for a phone: its typed journal events read back onto their
 * handoff, and the report and {@code errand attempts show} tell them beside it.
 */
class HandoffPageReportTest {

  static final Instant START = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;

  private FixtureRun run() {
    FixtureRun run =
        FixtureRun.start(root, "Phone", "sha", START, START.plusSeconds(5), Duration.ZERO)
            .advance(1000);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 300);
    run.handoffOnPage(
        HandoffReason.CHALLENGE,
        "Solve the security check",
        HandoffResult.DONE,
        1500,
        List.of(
            new HandoffPageEvent.Served(
                "https://192.168.1.20:8765/h/…/", "192.168.1.20", 8765, true),
            new HandoffPageEvent.Opened("192.168.1.31", true),
            new HandoffPageEvent.Opened("192.168.1.44", false),
            new HandoffPageEvent.TakenOver("192.168.1.44"),
            new HandoffPageEvent.Ended(2, 3, 1, 12, 1, Finish.DONE)));
    run.handoffOnPage(
        HandoffReason.PAYMENT,
        "Pay",
        HandoffResult.TIMED_OUT,
        100,
        List.of(
            new HandoffPageEvent.Served("http://127.0.0.1:40001/h/…/", "127.0.0.1", 40001, false),
            new HandoffPageEvent.Ended(0, 0, 0, 0, 0, Finish.TIMED_OUT)));
    return run.outcome(Outcome.REACHED_PAYMENT, "stopped at payment");
  }

  @Test
  void theJournalHasTypedEventsThatReadBackOntoTheirHandoff() throws Exception {
    FixtureRun run = run();
    List<JournalEvent> events =
        Files.readAllLines(run.dir().resolve(AttemptReader.JOURNAL)).stream()
            .map(l -> JournalEvents.parse(l).orElseThrow())
            .toList();
    JournalEvent.HandoffPageServed served =
        events.stream()
            .filter(JournalEvent.HandoffPageServed.class::isInstance)
            .map(JournalEvent.HandoffPageServed.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals("challenge", served.reason());
    assertEquals(8765, served.port());
    assertEquals(Boolean.TRUE, served.tls());
    JournalEvent.HandoffPageEnd end =
        events.stream()
            .filter(JournalEvent.HandoffPageEnd.class::isInstance)
            .map(JournalEvent.HandoffPageEnd.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(2, 3, 1, 12, 1),
        List.of(end.devices(), end.taps(), end.scrolls(), end.keys(), end.refused()));
    assertEquals("done", end.finished());

    AttemptRecord r = AttemptReader.read(run.dir());
    assertEquals(2, r.handoffs().size());
    HandoffPageRecord page = r.handoffs().get(0).page().orElseThrow();
    assertEquals("https://192.168.1.20:8765/h/…/", page.shown());
    assertTrue(page.tls());
    assertEquals(
        List.of("192.168.1.31 control", "192.168.1.44 view", "192.168.1.44 took-over"),
        page.visits().stream().map(v -> v.from() + " " + v.role()).toList());
    assertTrue(page.visits().get(0).atMs() > r.handoffs().get(0).startMs(), "dated as they came");
    HandoffPageRecord.End ended = page.end().orElseThrow();
    assertEquals(12, ended.keys());
    assertEquals("done", ended.finished());
    assertEquals("done", r.handoffs().get(0).result().orElseThrow());
    HandoffPageRecord second = r.handoffs().get(1).page().orElseThrow();
    assertEquals(0, second.end().orElseThrow().devices());
  }

  @Test
  void aHandoffWithoutAPageHasNone() {
    AttemptRecord r = AttemptReader.read(FixtureRun.demo(root, START, "abc", 40).dir());
    assertTrue(r.handoffs().stream().map(HandoffRecord::page).allMatch(p -> p.isEmpty()));
    String html = HtmlReport.render(r, ZoneOffset.UTC, START, "9.9.9");
    assertFalse(html.contains("class=\"pagelog\""), "no page, no page lines");
  }

  @Test
  void theReportTellsThePageUnderItsHandoff() {
    AttemptRecord r = AttemptReader.read(run().dir());
    String html = HtmlReport.render(r, ZoneOffset.UTC, START, "9.9.9");
    int handoff = html.indexOf("Solve the security check");
    int list = html.indexOf("<ul class=\"pagelog\">", handoff);
    assertTrue(handoff > 0 && list > handoff, "beside its handoff");
    assertTrue(list < html.indexOf("</li>", handoff), "inside the handoff's moment");
    assertTrue(html.contains("handoff page served on https://192.168.1.20:8765/h/…/<"));
    assertTrue(html.contains("opened from 192.168.1.31, in control"), html);
    assertTrue(html.contains("opened from 192.168.1.44, view only"));
    assertTrue(html.contains("control taken over from 192.168.1.44"));
    assertTrue(
        html.contains(
            "3 taps, 1 scroll, 12 keys carried out (1 refused) · 2 devices · finished: Done on"
                + " the page"),
        html);
    assertTrue(html.contains("nobody opened the page · finished: errand stopped waiting"));
    assertTrue(html.contains("ul.pagelog{"), "styled like the rest");
    assertTrue(
        html.contains("<span class=\"mono stamp\">T+2.300</span><span>3 taps"),
        "each line stamped: " + html);
  }

  @Test
  void theTerminalTimelineTellsItToo() {
    AttemptRecord r = AttemptReader.read(run().dir());
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    List<String> lines =
        AttemptsTimeline.render(
            r, new Console(sink, sink, Console.Verbosity.NORMAL, false), ZoneOffset.UTC);
    String text = String.join("\n", lines);
    int handoff = text.indexOf("handed over (challenge)");
    int opened = text.indexOf("┃ opened from 192.168.1.31, in control");
    int ended = text.indexOf("┃ 3 taps, 1 scroll, 12 keys carried out");
    assertTrue(handoff > 0 && opened > handoff && ended > opened, text);
  }
}
