package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.journal.Journal;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handoff calls the person: a webhook on loopback gets the notification within a second. */
class NotifyIT {

  @TempDir Path tmp;

  CliRunner cliWithWebhook(WebhookReceiver receiver, String profile) throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(
        profiles.resolve(profile + ".conf"),
        "include file(\""
            + Path.of("profiles/example.conf").toAbsolutePath()
            + "\")\n"
            + "notify.webhooks = [ { url = \""
            + receiver.url("/topic")
            + "\", preset = json } ]\n");
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  @Test
  void eachHandoffReachesTheWebhookWithinASecond() throws IOException {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      CliRunner.Result r = cliWithWebhook(receiver, "example").run("demo", "--release-in", "4s");
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());

      List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
      List<JournalEvent.Handoff> handoffs = StrikeIT.all(events, JournalEvent.Handoff.class);
      assertEquals(2, handoffs.size(), "the security check and the payment");
      List<WebhookReceiver.Received> got = receiver.received();
      assertEquals(2, got.size(), r.toString());
      for (int i = 0; i < 2; i++) {
        Duration delay = Duration.between(handoffs.get(i).t(), got.get(i).at());
        assertTrue(delay.compareTo(Duration.ofSeconds(1)) < 0, "notified after " + delay);
      }
      JsonNode challenge = Journal.json().readTree(got.get(0).body());
      assertEquals("challenge", challenge.get("reason").asText());
      assertTrue(challenge.get("url").asText().contains("/security-check"), got.get(0).body());
      JsonNode payment = Journal.json().readTree(got.get(1).body());
      assertEquals("payment", payment.get("reason").asText());
      assertTrue(
          payment.get("holdTime").asText().matches("\\d{1,2}:\\d{2}"),
          "the basket hold time: " + got.get(1).body());
      JournalEvent.Notification note = StrikeIT.first(events, JournalEvent.Notification.class);
      assertNotNull(note, "the delivery is journaled");
      assertTrue(note.ok(), note.toString());
      assertFalse(note.channel().contains("/topic"), "no webhook path in the journal");
    }
  }

  @Test
  void notifyTestReportsEachChannel() throws IOException {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      CliRunner cli = cliWithWebhook(receiver, "me");
      CliRunner.Result ok = cli.run("notify-test", "--profile", "me");
      assertEquals(ExitCode.OK, ok.exitCode(), ok.toString());
      assertTrue(ok.out().contains("webhook json"), ok.out());
      assertEquals(1, receiver.received().size());

      receiver.answer(503);
      CliRunner.Result failed = cli.run("notify-test", "--profile", "me");
      assertEquals(ExitCode.RUN_FAILED, failed.exitCode(), failed.toString());
      assertTrue(failed.out().contains("HTTP 503"), failed.out());
    }
  }
}
