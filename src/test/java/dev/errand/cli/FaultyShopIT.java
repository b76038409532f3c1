package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand demo} on a shop whose every page load fails (503 pages, some of them sent with
 * status 200): errand loads the page a bounded number of times, politely, and ends with an honest
 * failure that says what the site answered; never a {@code ✓} on an error page, never a handoff.
 */
@Timeout(180)
class FaultyShopIT {

  @Test
  void aShopThatOnlyAnswersErrorPagesEndsInAnHonestFailure(@TempDir Path workDir) {
    CliRunner.Result r =
        new CliRunner(workDir)
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run("demo", "--release-in", "20s", "--errors", "100%", "--seed", "7");

    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: failed"), r.out());
    assertTrue(r.out().contains("the site kept "), r.out());
    assertTrue(r.out().contains("requests to it in this run"), r.out());
    assertTrue(r.out().contains("503"), r.out());
    assertFalse(r.out().contains("✓ goto"), "no ✓ on an error page: " + r.out());
    assertFalse(r.out().contains("errand hands over"), "no handoff: " + r.out());
    assertTrue(r.out().contains("received 0 payments"), r.out());
    RunIT.assertNoBrowserLeft();
  }
}
