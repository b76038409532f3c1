package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A run within its time limit: its value, its error, or stopped. */
@Timeout(30)
class RunGuardTest {

  @Test
  void aRunInTimeGivesItsValue() throws InterruptedException {
    RunGuard.Guarded<String> done = new RunGuard(Duration.ofSeconds(5)).run("ok", () -> "paid");
    assertEquals("paid", done.value().orElseThrow());
    assertFalse(done.timedOut());
    assertTrue(done.error().isEmpty());
  }

  @Test
  void aRunThatThrowsGivesItsError() throws InterruptedException {
    RunGuard.Guarded<String> done =
        new RunGuard(Duration.ofSeconds(5))
            .run(
                "fails",
                () -> {
                  throw new IllegalStateException("naive script: Timeout");
                });
    assertEquals("naive script: Timeout", done.error().orElseThrow().getMessage());
    assertTrue(done.value().isEmpty());
  }

  @Test
  void aRunPastItsLimitIsInterruptedAndStopped() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    RunGuard.Guarded<String> done =
        new RunGuard(Duration.ofMillis(200))
            .run(
                "hangs",
                () -> {
                  try {
                    new CountDownLatch(1).await();
                  } catch (InterruptedException e) {
                    interrupted.countDown();
                  }
                  return "too late";
                });
    assertTrue(done.timedOut());
    assertTrue(done.value().isEmpty());
    assertEquals(0, interrupted.getCount(), "the run was interrupted");
  }

  @Test
  void aStoppedRunsProcessesAreEndedByTheGuard() throws Exception {
    Process[] started = new Process[1];
    RunGuard.Guarded<String> done =
        new RunGuard(Duration.ofMillis(500))
            .run(
                "leaves a process",
                () -> {
                  started[0] = new ProcessBuilder("sleep", "30").start();
                  new CountDownLatch(1).await();
                  return "too late";
                });
    assertTrue(done.timedOut());
    assertTrue(started[0].waitFor(5, TimeUnit.SECONDS), "the run's process was ended");
    assertTrue(done.leftBehind() >= 1, done.toString());
  }

  @Test
  void aFinishedRunsProcessesStillAliveAreEndedToo() throws Exception {
    Process[] started = new Process[1];
    RunGuard.Guarded<String> done =
        new RunGuard(Duration.ofSeconds(5))
            .run(
                "forgets a process",
                () -> {
                  started[0] = new ProcessBuilder("sleep", "30").start();
                  return "done";
                });
    assertEquals("done", done.value().orElseThrow());
    assertEquals(1, done.leftBehind(), done.toString());
    assertTrue(started[0].waitFor(5, TimeUnit.SECONDS), "the run's process was ended");
  }
}
