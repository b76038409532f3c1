package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand demo} on a shop that allows one page load a second per client and answers 429 with
 * {@code Retry-After: 3} beyond that, as ticket shops do at an on-sale: errand's clock probes and
 * its browser share one budget, so the shop refuses nothing and the run reaches payment. The shop
 * times requests as they arrive, to the millisecond, so this runs alone ({@code alone}: with no
 * other test's browser slowing this one's down), at the polite pacing of every real run.
 */
@Tag("alone")
@Timeout(180)
class RateLimitedDemoIT {

  @Test
  void reachesPaymentWithoutOneRetryAfterViolation(@TempDir Path workDir) {
    CliRunner.Result r =
        new CliRunner(workDir)
            .politePacing()
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run("demo", "--release-in", "20s", "--rate-limit", "1");

    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    assertTrue(r.out().contains("received 0 payments"), r.out());
    assertTrue(
        r.out().contains("rate limit (1 page load a second) refused 0 and counted 0 violations"),
        r.out());
    assertTrue(r.out().contains("⌚ arm: site clock"), "the clock was read: " + r.out());
    RunIT.assertNoBrowserLeft();
  }
}
