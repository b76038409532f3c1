package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.Journal;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.timing.LongWait;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Waiting to arm, on a fake clock whose sleeper only moves it on. */
@Timeout(10)
class ArmingWaitTest {

  static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
  static final Instant RELEASE = NOW.plus(Duration.ofHours(1));
  static final Duration LEAD = Duration.ofMinutes(3);

  @TempDir Path dir;

  final FakeClock clock = new FakeClock(NOW);
  final Lines said = new Lines();

  /** A sleep given how long it was asked to last. */
  interface Sleep {
    void sleep(Duration d) throws InterruptedException;
  }

  /** Waits whose every sleep is {@code sleep}. */
  List<String> waitWith(Sleep sleep) {
    dev.errand.timing.Sleeper sleeper =
        deadline -> sleep.sleep(Duration.ofNanos(deadline - clock.nanoTime()));
    Path file = dir.resolve("journal.jsonl");
    AttemptJournal journal = new AttemptJournal(new Journal(file, clock));
    new ArmingWait(clock, new LongWait(clock, clock::nanoTime, sleeper), said)
        .untilArmed(RELEASE, LEAD, journal);
    journal.close();
    return JournalLines.read(file).events().stream().map(JournalEvent::event).toList();
  }

  @Test
  void aFarReleaseIsWaitedForWithoutABrowserUntilTheLeadBeforeIt() {
    List<String> events = waitWith(clock::advance);

    assertEquals(RELEASE.minus(LEAD), clock.instant());
    assertTrue(said.has("info arming at "), said.lines.toString());
    assertTrue(said.has("(3m before the release); no browser until then"), said.lines.toString());
    assertEquals(List.of(), events, "nothing to record when the machine stayed awake");
  }

  @Test
  void aMachineAsleepThroughTheReleaseIsToldAndRecorded() {
    List<String> events = waitWith(d -> clock.suspend(Duration.ofHours(2)));

    assertEquals(List.of("suspended"), events);
    assertTrue(
        said.has("warn this machine was asleep through the release instant"),
        said.lines.toString());
  }

  @Test
  void withinTheLeadItArmsAtOnce() {
    clock.advance(Duration.ofMinutes(58));
    List<String> events =
        waitWith(
            d -> {
              throw new AssertionError("no sleep within the lead");
            });

    assertEquals(NOW.plus(Duration.ofMinutes(58)), clock.instant());
    assertTrue(said.has("detail the release is in 00:02:00, within the lead of 3m: arming now"));
    assertFalse(said.has("arming at"));
    assertEquals(List.of(), events);
  }

  @Test
  void anInterruptedWaitIsAnAbortNotACrash() {
    AttemptException e =
        assertThrows(
            AttemptException.class,
            () ->
                waitWith(
                    d -> {
                      throw new InterruptedException();
                    }));
    assertEquals(AttemptException.Kind.ABORTED, e.kind());
    assertTrue(Thread.interrupted(), "the interrupt is kept");
  }
}
