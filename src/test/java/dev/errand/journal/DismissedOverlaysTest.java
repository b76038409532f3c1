package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.recipe.Phase;
import dev.errand.run.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What errand closed over the page is in the journal, and read back as a moment of the run. */
class DismissedOverlaysTest {

  @TempDir Path root;

  @Test
  void aClosedBannerIsAMomentOfTheAttempt() {
    Instant start = Instant.parse("2026-11-21T19:00:00Z");
    FixtureRun run =
        FixtureRun.start(
            root, "Overlays", "abc", start, start.plusSeconds(20), Duration.ofMillis(0));
    run.advance(1000).phase(Phase.ARM, 1);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events/aurora", 14), 400);
    run.advance(300).dismissed("the OneTrust cookie banner (Accept All Cookies)");
    run.outcome(Outcome.FAILED, "stopped");

    AttemptRecord r = AttemptReader.read(run.dir());
    assertEquals(
        List.of("closed the OneTrust cookie banner (Accept All Cookies)"),
        r.notes().stream().map(NoteRecord::message).toList());
  }
}
