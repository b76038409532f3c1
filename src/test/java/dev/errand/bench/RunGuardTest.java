package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
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
}
