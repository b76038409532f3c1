package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * errand's promises hold whatever a recipe says: a recipe that tries to press Pay is refused, and a
 * challenge the recipe never mentions is found and handed over.
 */
class GuardIT {

  @TempDir Path tmp;

  CliRunner cli() {
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", Path.of("profiles").toAbsolutePath().toString());
  }

  @Test
  void aRecipeThatTriesToPayIsStoppedAtThePaymentPageAndNothingIsPaid() throws IOException {
    Path greedy = TestRecipes.path("greedy-card.yaml");
    CliRunner.Result r = cli().run("demo", "--release-in", "4s", "--recipe", greedy.toString());
    // The card frame may be seen before its fields have loaded: either names the payment entry.
    assertTrue(
        r.out().contains("errand sees card number field")
            || r.out().contains("errand sees card payment frame"),
        r.toString());
    assertTrue(r.out().contains("received 0 payments"), r.toString());
    assertEquals(ExitCode.OK, r.exitCode(), "ends at payment, honestly: " + r);
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    assertEquals("payment", StrikeIT.first(events, JournalEvent.Detection.class).kind());
    assertTrue(
        StrikeIT.all(events, JournalEvent.StepStart.class).stream()
            .noneMatch(e -> e.step().contains("Pay")),
        "the greedy steps never ran");
    assertEquals("reached-payment", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
    // The number itself, not any "4242": nanosecond stamps and durations hold that by chance.
    String journal = Files.readString(StrikeIT.journalFile(tmp.resolve("attempts")));
    assertFalse(
        Pattern.compile("4242[ -]?4242[ -]?4242[ -]?4242").matcher(journal).find(),
        "no card number in the journal");
  }

  @Test
  void aPayButtonWithoutCardFieldsIsRefusedAndHandedOverAndNothingIsPaid() throws IOException {
    Path greedy = TestRecipes.path("greedy-pay.yaml");
    // A saved card and "Pay £90.00", no card fields and no provider frame: nothing for detection
    // to see as payment entry, so the click reaches the runner, which must refuse it.
    CliRunner.Result r =
        cli()
            .run(
                "demo",
                "--release-in",
                "4s",
                "--card-entry",
                "SAVED",
                "--recipe",
                greedy.toString());
    assertTrue(
        r.out().contains("refused: errand never presses a pay or confirm control"), r.toString());
    assertTrue(r.out().contains("received 0 payments"), r.toString());
    assertEquals(ExitCode.OK, r.exitCode(), "ends at payment, honestly: " + r);
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    JournalEvent.Refused refused = StrikeIT.first(events, JournalEvent.Refused.class);
    assertTrue(refused != null && refused.step().contains("Pay"), events.toString());
    List<String> payEnds =
        StrikeIT.all(events, JournalEvent.StepEnd.class).stream()
            .filter(e -> e.step().contains("name: 'Pay'"))
            .map(JournalEvent.StepEnd::result)
            .toList();
    assertEquals(List.of("failed"), payEnds, "the click never ran: " + events);
    JournalEvent.Handoff handoff =
        StrikeIT.all(events, JournalEvent.Handoff.class).stream()
            .filter(e -> e.reason().equals("payment"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a payment handoff: " + events));
    assertEquals("a step refused", handoff.detected());
    assertEquals("reached-payment", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
  }

  @Test
  void aChallengeTheRecipeNeverMentionsIsFoundAndHandedOver() throws IOException {
    Path unaware = TestRecipes.path("unaware.yaml");
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(5))
                .withoutRivals()
                .withChallenge(DemoShopConfig.Challenge.RECAPTCHA))) {
      CliRunner.Result r = cli().runAgainst(shop, unaware.toString(), tmp.resolve("attempts"));
      assertTrue(r.out().contains("errand sees reCAPTCHA"), r.toString());
      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
      assertEquals("reCAPTCHA", StrikeIT.first(events, JournalEvent.Detection.class).what());
      assertEquals("blocked", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
      assertNotNull(StrikeIT.first(events, JournalEvent.Handoff.class).detected());
      assertTrue(shop.payments().isEmpty());
    }
  }
}
