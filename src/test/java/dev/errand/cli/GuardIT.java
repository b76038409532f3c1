package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
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
    List<JsonNode> events = StrikeIT.journal(tmp.resolve("attempts"));
    assertEquals("payment", StrikeIT.first(events, "detection").get("kind").asText());
    assertTrue(
        events.stream()
            .noneMatch(
                e ->
                    e.get("event").asText().equals("step-start")
                        && e.get("step").asText().contains("Pay")),
        "the greedy steps never ran");
    assertEquals("reached-payment", StrikeIT.first(events, "outcome").get("outcome").asText());
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
    List<JsonNode> events = StrikeIT.journal(tmp.resolve("attempts"));
    JsonNode refused = StrikeIT.first(events, "refused");
    assertTrue(refused != null && refused.get("step").asText().contains("Pay"), events.toString());
    List<String> payEnds =
        events.stream()
            .filter(e -> e.get("event").asText().equals("step-end"))
            .filter(e -> e.get("step").asText().contains("name: 'Pay'"))
            .map(e -> e.get("result").asText())
            .toList();
    assertEquals(List.of("failed"), payEnds, "the click never ran: " + events);
    JsonNode handoff =
        events.stream()
            .filter(e -> e.get("event").asText().equals("handoff"))
            .filter(e -> e.get("reason").asText().equals("payment"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a payment handoff: " + events));
    assertEquals("a step refused", handoff.get("detected").asText());
    assertEquals("reached-payment", StrikeIT.first(events, "outcome").get("outcome").asText());
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
      List<JsonNode> events = StrikeIT.journal(tmp.resolve("attempts"));
      assertEquals("reCAPTCHA", StrikeIT.first(events, "detection").get("what").asText());
      assertEquals("blocked", StrikeIT.first(events, "outcome").get("outcome").asText());
      assertTrue(StrikeIT.first(events, "handoff").has("detected"));
      assertTrue(shop.payments().isEmpty());
    }
  }
}
