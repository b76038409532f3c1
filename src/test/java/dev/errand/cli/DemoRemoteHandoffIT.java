package dev.errand.cli;

import static dev.errand.cli.HandoffIT.first;
import static dev.errand.cli.HandoffIT.handoff;
import static dev.errand.cli.HandoffIT.handoffEnd;
import static dev.errand.cli.HandoffIT.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand demo --remote-handoff} without a display: no stand-in, a person takes over through
 * Chrome remote debugging (here a test-side person with Playwright's {@code connectOverCDP}), ticks
 * the security check, and at payment pays with the demo's test card, so the demo runs through to
 * {@code purchased}. errand itself never pays: the shop's one payment is the person's.
 */
class DemoRemoteHandoffIT {

  @TempDir Path tmp;

  @Test
  void thePersonTakesOverRemotelyPaysWithTheTestCardAndTheDemoEndsPurchased() throws Exception {
    int port = freePort();
    CliRunner cli = HandoffIT.cliWithProfile(tmp, DemoCommand.PROFILE, "");
    ExecutorService errandThread = HandoffIT.errandThread("errand-demo-under-test");
    try (Playwright person = HandoffIT.aPerson()) {
      CompletableFuture<CliRunner.Result> running =
          CompletableFuture.supplyAsync(
              () -> cli.run("demo", "--remote-handoff=" + port, "--release-in", "4s"),
              errandThread);
      try {
        HandoffIT.JournalWatch journal =
            new HandoffIT.JournalWatch(tmp.resolve("attempts"), running);
        String devtools = journal.await("the browser", HandoffIT.browser()).devtools();
        assertEquals("http://127.0.0.1:" + port, devtools, "the port asked for, on loopback");
        journal.await("the check's handoff", handoff("challenge"));

        Browser remote = person.chromium().connectOverCDP(devtools);
        try {
          Page page = HandoffIT.errandsPage(remote, "/security-check");
          HandoffIT.solve(page, Challenge.DEMO);
          JournalEvent.HandoffEnd solved =
              journal.await("the check's end", handoffEnd("challenge"));
          assertEquals("done", solved.result(), "the person's tick: " + solved);

          journal.await("the payment handoff", handoff("payment"));
          JournalEvent.Note guide =
              journal.await(
                  "the test card's note",
                  is(JournalEvent.Note.class, e -> e.message().contains("test card")));
          // the journal keeps no card number, not even the demo's public test card (the console
          // shows it to the person)
          assertTrue(guide.message().contains("test card ••••••"), guide.toString());
          HandoffIT.payWithATestCard(page);

          CliRunner.Result result = running.get(HandoffIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
          assertEquals(ExitCode.OK, result.exitCode(), result.toString());
          assertTrue(result.out().contains("outcome: purchased"), result.out());
          assertTrue(
              result.out().contains("the demo shop received 1 payment: the person's"),
              "exactly one payment, the person's: " + result.out());
          assertFalse(result.out().contains("demo stand-in"), "nobody stood in: " + result.out());
          assertTrue(result.out().contains("take over at " + devtools), result.out());

          List<JournalEvent> events = journal.events();
          assertEquals(
              "purchased", first(events, is(JournalEvent.Outcome.class, o -> true)).outcome());
          assertEquals("done", first(events, handoffEnd("payment")).result());
          assertFalse(
              events.stream()
                  .anyMatch(is(JournalEvent.StepStart.class, e -> e.step().contains("'Pay"))::test),
              "errand never pressed Pay: " + events);
        } finally {
          remote.close(); // disconnects the person; errand closes its own browser
        }
      } finally {
        HandoffIT.awaitEnd(running);
      }
    } finally {
      errandThread.shutdownNow();
    }
  }

  /** A port nothing listens on just now, for errand to open remote debugging on. */
  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}
