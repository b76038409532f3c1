package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand demo} with a Queue-it-like waiting room of 30 s in front of the sale: errand sees
 * the room, stays on it without loading it once (the shop counts no reload while queued), refuses
 * the recipe's reload there, waits past every step timeout, tells the place in line, and goes on to
 * payment once the room lets it through, calling the person (a webhook here) when through. Rivals
 * are off so that the stock outlasts the queue.
 */
@Timeout(240)
class WaitingRoomIT {

  @Test
  void errandWaitsThroughTheRoomWithoutReloadingAndReachesPayment(@TempDir Path workDir)
      throws IOException {
    Path profiles = Files.createDirectories(workDir.resolve("profiles"));
    CliRunner.Result r;
    List<WebhookReceiver.Received> calls;
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Files.writeString(
          profiles.resolve("example.conf"),
          "include file(\""
              + Path.of("profiles/example.conf").toAbsolutePath()
              + "\")\n"
              + "notify.webhooks = [ { url = \""
              + receiver.url("/topic")
              + "\", preset = json } ]\n");
      r =
          new CliRunner(workDir)
              .env("ERRAND_HOME", workDir.resolve("home").toString())
              .env("ERRAND_PROFILES", profiles.toString())
              .run(
                  "demo",
                  "--release-in",
                  "12s",
                  "--waiting-room",
                  "30s",
                  "--no-rivals",
                  "--recipe",
                  TestRecipes.path("queued.yaml").toString());
      calls = receiver.received();
    }

    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    assertTrue(r.out().contains("⏸ in the queue: Queue-it waiting room"), r.out());
    assertTrue(r.out().contains("▶ through the Queue-it waiting room"), r.out());
    assertTrue(r.out().contains("refused: errand never reloads a waiting room"), r.out());
    assertTrue(
        r.out()
            .contains(
                "waiting room took in 1 and let through 1 visitor, and counted 0 reloads while"
                    + " queued"),
        r.out());

    JournalLines journal = JournalLines.read(journal(workDir));
    List<JournalEvent.Queue> queue = journal.all(JournalEvent.Queue.class);
    assertEquals("entered", queue.get(0).state(), queue.toString());
    assertEquals("Queue-it waiting room", queue.get(0).what());
    assertTrue(queue.get(0).position() != null, "the number in line: " + queue.get(0));
    JournalEvent.Queue through = queue.get(queue.size() - 1);
    assertEquals("through", through.state(), queue.toString());
    assertTrue(through.waitedMs() > 20_000, "waited in the room: " + through);
    assertTrue(
        journal.all(JournalEvent.Refused.class).stream().anyMatch(e -> e.step().equals("reload")),
        journal.events().toString());
    JournalEvent.StepEnd reload =
        journal.all(JournalEvent.StepEnd.class).stream()
            .filter(e -> "reload".equals(e.type()))
            .findFirst()
            .orElseThrow();
    assertEquals("skipped", reload.result(), reload.toString());
    assertFalse(
        journal.all(JournalEvent.StepEnd.class).stream().anyMatch(e -> "failed".equals(e.result())),
        "no step failed for the queue: " + journal.all(JournalEvent.StepEnd.class));
    assertTrue(
        calls.stream().anyMatch(c -> c.body().contains("\"reason\":\"through the queue\"")),
        "the person hears errand is through: " + calls);
    RunIT.assertNoBrowserLeft();
  }

  private static Path journal(Path workDir) throws IOException {
    try (Stream<Path> dirs = Files.list(workDir.resolve("attempts"))) {
      return dirs.findFirst().orElseThrow().resolve("journal.jsonl");
    }
  }
}
