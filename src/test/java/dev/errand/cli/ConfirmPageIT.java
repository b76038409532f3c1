package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A final confirm page is a payment step: a recipe that ends on the demo shop's cash-on-delivery
 * page (no card fields, no provider frame, no saved card, only "Place order") is handed over as
 * payment when errand stops acting, never ended {@code completed}; nothing is ordered.
 */
class ConfirmPageIT {

  @TempDir Path tmp;

  /** The demo's own profile, calling {@code webhook} at every handoff. */
  CliRunner cli(WebhookReceiver webhook) throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(
        profiles.resolve("example.conf"),
        "include file(\""
            + Path.of("profiles/example.conf").toAbsolutePath()
            + "\")\n"
            + "notify { desktop = false, terminal-bell = false }\n"
            + "notify.webhooks = [ { url = \""
            + webhook.url("/errand")
            + "\", preset = json } ]\n");
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  @Test
  void aRecipeEndingOnAPlaceOrderPageHandsOverAsPaymentAndNothingIsOrdered() throws IOException {
    Path recipe = TestRecipes.path("ends-at-confirm.yaml");
    CliRunner.Result r;
    List<WebhookReceiver.Received> calls;
    try (WebhookReceiver webhook = new WebhookReceiver()) {
      r =
          cli(webhook)
              .run(
                  "demo",
                  "--release-in",
                  "4s",
                  "--card-entry",
                  "ON_DELIVERY",
                  "--recipe",
                  recipe.toString());
      calls = webhook.received();
    }

    assertTrue(
        calls.stream().anyMatch(c -> c.body().contains("Place order")),
        "the person is called to the confirm page: " + calls);
    assertFalse(r.out().contains("outcome: completed"), r.toString());
    assertTrue(r.out().contains("outcome: reached-payment"), r.toString());
    assertTrue(r.out().contains("'Place order'"), "names the control: " + r);
    assertTrue(r.out().contains("received 0 payments"), r.toString());
    assertEquals(ExitCode.OK, r.exitCode(), "ends at payment, honestly: " + r);
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    JournalEvent.Handoff handoff =
        StrikeIT.all(events, JournalEvent.Handoff.class).stream()
            .filter(h -> "payment".equals(h.reason()))
            .findFirst()
            .orElse(null);
    assertNotNull(handoff, "a payment handoff: " + events);
    assertEquals("payment", handoff.reason(), handoff.toString());
    assertTrue(
        handoff.detected() != null && handoff.detected().contains("Place order"),
        handoff.toString());
    assertTrue(handoff.url() != null && handoff.url().endsWith("/payment"), handoff.toString());
    assertEquals("reached-payment", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
  }
}
