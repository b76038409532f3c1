package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import dev.errand.recipe.Phase;
import dev.errand.run.Outcome;
import dev.errand.run.StepStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptReaderTest {

  static final Instant START = Instant.parse("2026-11-21T19:00:00Z");
  static final Instant RELEASE = START.plusSeconds(20);

  @TempDir Path root;

  @Test
  void readsACompleteRunBackFromTheWritersJournal() {
    FixtureRun run = FixtureRun.demo(root, START, "abc123", 40);
    AttemptRecord r = AttemptReader.read(run.dir());

    assertEquals(run.id(), r.id());
    assertEquals("Demo shop — two tickets", r.facts().recipeName());
    assertEquals("recipes/demo-shop-two-tickets.yaml", r.facts().recipePath());
    assertEquals("abc123", r.facts().recipeSha256());
    assertEquals("example", r.facts().profile());
    assertEquals("Chromium 156.0.1, headless", r.facts().browser().orElseThrow().describe());
    assertEquals(START, r.startedAt());
    assertTrue(r.endedAt().isPresent());

    assertEquals("reached-payment", r.outcome().id());
    assertFalse(r.outcome().derived());
    assertEquals(AttemptOutcome.Tone.GOOD, r.outcome().tone());

    ReleaseRecord release = r.release().orElseThrow();
    assertEquals(RELEASE, release.instant());
    assertTrue(release.reached());
    assertEquals(6.0, release.firedMs().getAsDouble(), 0.01, "5 ms margin + 1 ms late");

    ClockSyncRecord sync = r.clockSync().orElseThrow();
    assertTrue(sync.ok());
    assertEquals(2500.0, sync.offsetMs().getAsDouble(), 0.001);
    assertEquals(2, sync.probes().size());
    assertEquals(10.0, sync.probes().get(1).after().orElseThrow().width(), 0.001);

    ReactionRecord reaction = r.reaction().orElseThrow();
    assertFalse(reaction.derived());
    assertEquals(66.0, reaction.ms(), 0.01);
    assertEquals("click {role: button, name: 'Add to basket'}", reaction.firstAction());

    List<StepRecord> steps = r.steps();
    assertEquals(5, steps.size());
    StepRecord wait = steps.get(2);
    assertEquals("at-release", wait.phase());
    assertEquals("wait for visible {text: 'Ticket type'}", wait.description());
    assertEquals(60.0, wait.durationMs().getAsDouble(), 0.001);
    assertEquals("{text: 'Ticket type'}", wait.matched().orElseThrow());
    assertEquals(22, wait.line().getAsInt());
    assertTrue(steps.stream().allMatch(StepRecord::ok));

    assertEquals(1, r.handoffs().size());
    assertEquals("payment", r.handoffs().get(0).reason());
    assertEquals("stopped", r.handoffs().get(0).result().orElseThrow());
    assertEquals(1, r.notes().size());
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void armStepsBeforeTheReleaseAreOnTheSitesClock() {
    // the site's clock runs 2.5 s ahead: the arm steps started 18 s before the release by this
    // machine's clock, which is 15.5 s before it by the site's
    AttemptRecord r = AttemptReader.read(FixtureRun.demo(root, START, "abc", 40).dir());
    StepRecord firstArm = r.steps().get(0);
    assertEquals("arm", firstArm.phase());
    assertEquals(-15_500.0, firstArm.startMs(), 0.01);
    assertEquals(400.0, firstArm.durationMs().getAsDouble(), 0.01);
    assertEquals(-14_800.0, r.screenshots().get(0).atMs().getAsDouble(), 0.01);
    assertEquals(-13_800.0, r.clockSyncs().get(0).atMs(), 0.01);
  }

  @Test
  void artifactsKnowTheStepTheyWereTakenIn() {
    AttemptRecord r = AttemptReader.read(FixtureRun.demo(root, START, "abc", 40).dir());
    assertEquals(
        List.of("01-armed.png", "02-handoff-payment.png"),
        r.screenshots().stream().map(ArtifactRecord::file).toList());
    assertTrue(r.screenshots().get(0).duringStep().isEmpty(), "taken between steps");
    assertEquals(
        "handoff (payment): Pay in the browser window",
        r.screenshots().get(1).duringStep().orElseThrow());
    assertEquals("handoff payment", r.screenshots().get(1).caption());
  }

  @Test
  void aJournalWithoutAnOutcomeCrashedInTheStepThatNeverEnded() {
    FixtureRun run =
        FixtureRun.start(root, "Crashy", "sha", START, RELEASE, Duration.ZERO).advance(1000);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 300);
    run.startOnly(Phase.ARM, 1, FixtureRun.click("Accept all", 15)).advance(700).close();

    AttemptRecord r = AttemptReader.read(run.dir());
    assertEquals("crashed", r.outcome().id());
    assertTrue(r.outcome().derived());
    assertTrue(r.outcome().crashed());
    assertEquals(AttemptOutcome.Tone.BAD, r.outcome().tone());
    assertEquals("click {role: button, name: 'Accept all'}", r.outcome().step().orElseThrow());
    assertEquals(15, r.outcome().line().getAsInt());
    assertTrue(
        r.outcome().message().contains("during step \"click {role: button, name: 'Accept all'}\""),
        r.outcome().message());
    assertTrue(r.endedAt().isEmpty());
    StepRecord in = r.unfinishedStep().orElseThrow();
    assertFalse(in.finished());
    assertEquals(StepRecord.UNFINISHED, in.result());
    assertTrue(in.failed());
    assertEquals(Duration.ofMillis(1300), r.duration(), "to the last event");
  }

  @Test
  void aCutOffLastLineIsSkippedAndSaidAndTheRestIsRead() {
    FixtureRun run =
        FixtureRun.start(root, "Cut", "sha", START, RELEASE, Duration.ZERO).advance(1000);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 300);
    run.startOnly(Phase.ARM, 1, FixtureRun.click("Accept all", 15)).close().cutOffLine();

    AttemptRecord r = AttemptReader.read(run.dir());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).contains("last line"), r.problems().get(0));
    assertTrue(r.problems().get(0).contains("cut off"), r.problems().get(0));
    assertEquals(2, r.steps().size());
    assertEquals("crashed", r.outcome().id());
    assertEquals("click {role: button, name: 'Accept all'}", r.outcome().step().orElseThrow());
  }

  @Test
  void aBrokenLineInTheMiddleIsSkippedAndSaid() {
    JournalLines lines =
        JournalLines.parse(
            "{\"t\":\"2026-11-21T19:00:00Z\",\"event\":\"run-start\"}\n"
                + "not json\n"
                + "{\"t\":\"2026-11-21T19:00:01Z\",\"event\":\"outcome\",\"outcome\":\"completed\"}\n");
    assertEquals(2, lines.events().size());
    assertEquals(
        List.of("line 2 of the journal is not a journal event; skipped"), lines.problems());
  }

  @Test
  void aCutMultiByteCharacterDoesNotStopTheRead() throws IOException {
    Path dir = Files.createDirectories(root.resolve("20261121-190000-x"));
    byte[] good =
        "{\"t\":\"2026-11-21T19:00:00Z\",\"event\":\"run-start\",\"recipeName\":\"x\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] cut =
        "{\"t\":\"2026-11-21T19:00:01Z\",\"event\":\"note\",\"message\":\"caf\u00e9"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + cut.length - 1];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(cut, 0, all, good.length, cut.length - 1); // half of "é"
    Files.write(dir.resolve("journal.jsonl"), all);
    AttemptRecord r = AttemptReader.read(dir);
    assertEquals("x", r.facts().recipeName());
    assertEquals(1, r.problems().size());
    assertEquals("crashed", r.outcome().id());
    assertTrue(r.outcome().message().contains("after 'run-start'"), r.outcome().message());
  }

  @Test
  void olderJournalsWithoutAReactionEventGetOneFromTheSteps() throws IOException {
    Path dir = Files.createDirectories(root.resolve("old"));
    Files.writeString(
        dir.resolve("journal.jsonl"),
        String.join(
            "\n",
            "{\"t\":\"2026-11-21T19:00:00Z\",\"event\":\"run-start\",\"recipeName\":\"old\","
                + "\"release\":\"2026-11-21T19:00:10Z\"}",
            "{\"t\":\"2026-11-21T19:00:10.002Z\",\"event\":\"release\","
                + "\"instant\":\"2026-11-21T19:00:10Z\",\"lateMs\":2.0}",
            "{\"t\":\"2026-11-21T19:00:10.003Z\",\"event\":\"step-start\",\"phase\":\"at-release\","
                + "\"index\":0,\"type\":\"reload\",\"step\":\"reload\"}",
            "{\"t\":\"2026-11-21T19:00:10.050Z\",\"event\":\"step-end\",\"phase\":\"at-release\","
                + "\"index\":0,\"type\":\"reload\",\"step\":\"reload\",\"result\":\"ok\","
                + "\"durationMs\":47.0}",
            "{\"t\":\"2026-11-21T19:00:10.051Z\",\"event\":\"step-start\",\"phase\":\"at-release\","
                + "\"index\":1,\"type\":\"click\",\"step\":\"click 'Buy'\"}",
            "{\"t\":\"2026-11-21T19:00:10.090Z\",\"event\":\"step-end\",\"phase\":\"at-release\","
                + "\"index\":1,\"type\":\"click\",\"step\":\"click 'Buy'\",\"result\":\"failed\","
                + "\"durationMs\":39.0,\"message\":\"sold out\"}",
            "{\"t\":\"2026-11-21T19:00:10.100Z\",\"event\":\"outcome\",\"outcome\":\"sold-out\","
                + "\"message\":\"sold out\",\"step\":\"click 'Buy'\"}",
            ""));
    AttemptRecord r = AttemptReader.read(dir);
    assertEquals(Optional.empty(), r.reaction(), "the click failed: no action was made");
    assertEquals(2.0, r.release().orElseThrow().firedMs().getAsDouble(), 0.001);
    assertEquals("sold-out", r.outcome().id());
    assertEquals(AttemptOutcome.Tone.BAD, r.outcome().tone());
    assertTrue(r.steps().get(1).failed());
    assertEquals("sold out", r.steps().get(1).message().orElseThrow());
  }

  private static final String OLD_START =
      "{\"t\":\"2026-11-21T19:00:00Z\",\"event\":\"run-start\",\"recipeName\":\"old\","
          + "\"release\":\"2026-11-21T19:00:10Z\"}\n"
          + "{\"t\":\"2026-11-21T19:00:10.002Z\",\"event\":\"release\","
          + "\"instant\":\"2026-11-21T19:00:10Z\",\"lateMs\":2.0}\n";

  private static String step(int index, String type, String step, double atMs, String result) {
    return "{\"t\":\"2026-11-21T19:00:10Z\",\"event\":\"step-start\",\"phase\":\"at-release\","
        + "\"index\":"
        + index
        + ",\"type\":\""
        + type
        + "\",\"step\":\""
        + step
        + "\",\"sinceReleaseMs\":"
        + atMs
        + "}\n{\"t\":\"2026-11-21T19:00:11Z\",\"event\":\"step-end\",\"phase\":\"at-release\","
        + "\"index\":"
        + index
        + ",\"type\":\""
        + type
        + "\",\"step\":\""
        + step
        + "\",\"result\":\""
        + result
        + "\",\"durationMs\":5.0}\n";
  }

  @Test
  void olderJournalsWithoutAReactionEventGetOneFromTheFirstActionThatWasMade() throws IOException {
    Path dir = Files.createDirectories(root.resolve("old"));
    Files.writeString(
        dir.resolve("journal.jsonl"),
        OLD_START
            + step(0, "reload", "reload", 3.0, "ok")
            + step(1, "click", "click 'Maybe'", 10.0, "skipped")
            + step(2, "click", "click 'Buy'", 51.0, "ok"));
    ReactionRecord reaction = AttemptReader.read(dir).reaction().orElseThrow();
    assertTrue(reaction.derived());
    assertEquals(51.0, reaction.ms(), 0.01);
    assertEquals("click 'Buy'", reaction.firstAction());
  }

  @Test
  void aReactionEventForAClickThatNeverHappenedIsNoReaction() throws IOException {
    // older errands wrote the reaction when the action started, whether or not it was made
    Path dir = Files.createDirectories(root.resolve("old"));
    Files.writeString(
        dir.resolve("journal.jsonl"),
        OLD_START
            + step(0, "click", "click 'Buy'", 5500.0, "failed")
            + "{\"t\":\"2026-11-21T19:00:12Z\",\"event\":\"reaction\","
            + "\"firstAction\":\"click 'Buy'\",\"ms\":5500.0}\n");
    assertEquals(Optional.empty(), AttemptReader.read(dir).reaction());
  }

  @Test
  void theWriterJournalsTheReactionOnlyForAnActionThatWasMade() {
    FixtureRun run = FixtureRun.start(root, "r", "ab", START, START.plusSeconds(10), Duration.ZERO);
    run.release(1).phase(Phase.AT_RELEASE, 2);
    run.step(Phase.AT_RELEASE, 0, FixtureRun.click("Buy", 20), 40, StepStatus.FAILED, null);
    run.at(300L).ok(Phase.AT_RELEASE, 1, FixtureRun.click("Buy again", 21), 40);
    run.outcome(Outcome.COMPLETED, "done");
    JournalLines lines = JournalLines.read(run.dir().resolve(AttemptReader.JOURNAL));
    List<JournalEvent.Reaction> reactions = lines.all(JournalEvent.Reaction.class);
    assertEquals(1, reactions.size(), lines.events().toString());
    assertEquals("click {role: button, name: 'Buy again'}", reactions.get(0).firstAction());
    assertEquals(300.0, reactions.get(0).ms(), 0.01);
    ReactionRecord read = AttemptReader.read(run.dir()).reaction().orElseThrow();
    assertFalse(read.derived());
    assertEquals(300.0, read.ms(), 0.01);
  }

  @Test
  void aJournalWithoutAnOutcomeWhoseWriterIsAliveIsRunningNotCrashed() {
    FixtureRun run = FixtureRun.start(root, "r", "ab", START, START.plusSeconds(10), Duration.ZERO);
    run.phase(Phase.ARM, 1).startOnly(Phase.ARM, 0, FixtureRun.goTo("/events", 14));
    // the journal is open: this process writes it
    AttemptRecord live = AttemptReader.read(run.dir());
    assertEquals(AttemptReader.RUNNING, live.outcome().id());
    assertFalse(live.outcome().crashed());
    assertEquals("goto /events", live.outcome().step().orElseThrow());
    run.close();
    // closed without an outcome: whoever wrote it stopped
    assertEquals("crashed", AttemptReader.read(run.dir()).outcome().id());
  }

  @Test
  void aMarkLeftByAProcessThatDiedIsNoLiveWriter() throws Exception {
    FixtureRun run = FixtureRun.start(root, "r", "ab", START, START.plusSeconds(10), Duration.ZERO);
    run.startOnly(Phase.ARM, 0, FixtureRun.goTo("/events", 14));
    Path mark = run.dir().resolve(WriterMark.FILE);
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
    String start = gone.toHandle().info().startInstant().map(Object::toString).orElse("-");
    Files.writeString(mark, gone.pid() + " " + start + "\n");
    assertEquals("crashed", AttemptReader.read(run.dir()).outcome().id(), "a killed run");
    // this process's id with another start instant: the id was reused
    Files.writeString(mark, ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z\n");
    assertEquals("crashed", AttemptReader.read(run.dir()).outcome().id(), "a reused process id");
    Files.writeString(
        mark,
        WriterMark.line(
            ProcessHandle.current().pid(), ProcessHandle.current().info().startInstant()));
    assertEquals(AttemptReader.RUNNING, AttemptReader.read(run.dir()).outcome().id());
    run.close();
  }

  @Test
  void aStepStartedAgainBeforeItEndedCountsAsARetry() {
    FixtureRun run =
        FixtureRun.start(root, "Retry", "sha", START, RELEASE, Duration.ZERO).advance(1000);
    run.startOnly(Phase.ARM, 0, FixtureRun.goTo("/events", 14)).advance(100);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 200);
    run.outcome(dev.errand.run.Outcome.COMPLETED, "all steps done");
    StepRecord step = AttemptReader.read(run.dir()).steps().get(0);
    assertEquals(1, step.retries());
    assertTrue(step.ok());
  }

  @Test
  void filesTheJournalDoesNotMentionAreListedTracesToo() throws IOException {
    FixtureRun run = FixtureRun.demo(root, START, "abc", 40);
    Files.write(run.dir().resolve("03-failure.html"), "<html></html>".getBytes());
    Files.write(run.dir().resolve("trace.zip"), new byte[] {1});
    Files.write(run.dir().resolve("notes.txt"), new byte[] {1});
    AttemptRecord r = AttemptReader.read(run.dir());
    List<String> files = r.artifacts().stream().map(ArtifactRecord::file).toList();
    assertEquals(
        List.of("01-armed.png", "02-handoff-payment.png", "03-failure.html", "trace.zip"), files);
    assertTrue(r.artifacts().get(2).atMs().isEmpty());
    assertEquals("html", r.artifacts().get(2).kind());
    assertEquals(List.of(run.dir().resolve("trace.zip")), r.traces());
  }

  @Test
  void aFolderWithoutAJournalIsNotAnAttempt() throws IOException {
    Path dir = Files.createDirectories(root.resolve("stray"));
    UncheckedIOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UncheckedIOException.class, () -> AttemptReader.read(dir));
    assertTrue(e.getMessage().contains("no journal.jsonl"), e.getMessage());
  }
}
