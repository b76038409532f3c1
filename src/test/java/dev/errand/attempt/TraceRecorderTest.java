package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.Tracer;
import dev.errand.recipe.Phase;
import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {

  final List<String> calls = new ArrayList<>();
  final List<Path> saved = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  boolean failOnSave;

  final Tracer tracer =
      new Tracer() {
        @Override
        public void startChunk(String title) {
          calls.add("start " + title);
        }

        @Override
        public void saveChunk(Path file) {
          if (failOnSave) {
            throw new IllegalStateException("disk full");
          }
          calls.add("save " + file.getFileName());
        }

        @Override
        public void stop() {
          calls.add("stop");
        }
      };

  TraceRecorder recorder() {
    return new TraceRecorder(
        tracer, Path.of("attempt"), (kind, file) -> saved.add(file), notes::add);
  }

  @Test
  void onePerPhaseSavedBeforeTheWaitAndNeverDuringTheStrike() {
    TraceRecorder r = recorder();
    r.phaseStarted(Phase.ARM, 3);
    r.waiting(Instant.now(), Duration.ofSeconds(9));
    r.waiting(Instant.now(), Duration.ofSeconds(8));
    r.phaseStarted(Phase.AT_RELEASE, 5);
    r.phaseStarted(Phase.AFTER, 12);
    r.finished(RunResult.of(Outcome.REACHED_PAYMENT, "ok"));
    assertEquals(
        List.of(
            "start arm", "save trace-1-arm.zip", "start after", "save trace-3-after.zip", "stop"),
        calls);
    assertEquals(2, saved.size());
    assertTrue(notes.get(0).contains("at-release phase is not traced"), notes.toString());
  }

  @Test
  void aTracingFailureStopsTracingNotTheRun() {
    failOnSave = true;
    TraceRecorder r = recorder();
    r.phaseStarted(Phase.ARM, 1);
    r.phaseStarted(Phase.AFTER, 1);
    r.finished(RunResult.of(Outcome.COMPLETED, "ok"));
    assertEquals(List.of("start arm", "stop"), calls);
    assertTrue(notes.get(0).contains("recording stopped: disk full"), notes.toString());
  }
}
