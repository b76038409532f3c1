package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
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

  CliRunner cli() {
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", Path.of("profiles").toAbsolutePath().toString());
  }

  @Test
  void aRecipeEndingOnAPlaceOrderPageHandsOverAsPaymentAndNothingIsOrdered() throws IOException {
    Path recipe = TestRecipes.path("ends-at-confirm.yaml");
    CliRunner.Result r =
        cli()
            .run(
                "demo",
                "--release-in",
                "4s",
                "--card-entry",
                "ON_DELIVERY",
                "--recipe",
                recipe.toString());

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
