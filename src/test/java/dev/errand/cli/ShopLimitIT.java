package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's own per-customer limit binds as the profile's cap does: on a demo shop that states
 * "Tickets are limited to 4 per customer" and whose quantity list runs to 10, with a profile that
 * allows 8, errand never selects more than 4: a recipe asking for 6 is refused before the instant,
 * a select of 6 (in a list it reads as a quantity by its whole numbers) is refused before it acts;
 * nothing is added to the basket, and the journal notes the limit seen.
 */
class ShopLimitIT {

  @TempDir Path tmp;
  DemoShop shop;

  @BeforeEach
  void aProfileThatAllowsEight() throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    String example = Files.readString(Path.of("profiles/example.conf"));
    Files.writeString(
        profiles.resolve("generous.conf"),
        example.replaceAll("max-quantity = \\d+", "max-quantity = 8"));
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  CliRunner cli() {
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", tmp.resolve("profiles").toString());
  }

  /** {@code recipe} at the release of a shop opening in 5 s. */
  CliRunner.Result run(String recipe) throws IOException {
    shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(5)).withPerCustomerLimit(4).withoutRivals());
    return cli()
        .runAgainst(
            shop,
            TestRecipes.path(recipe).toString(),
            tmp.resolve("attempts"),
            "--profile",
            "generous");
  }

  /** {@code recipe} at once, on a shop already selling: every step on errand's normal path. */
  CliRunner.Result runNow(String recipe) throws IOException {
    shop =
        DemoShop.start(
            DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                .withPerCustomerLimit(4)
                .withoutRivals());
    return cli()
        .run(
            "run",
            TestRecipes.path(recipe).toString(),
            "--site",
            shop.url().toString(),
            "--attempts",
            tmp.resolve("attempts").toString(),
            "--handoff-ends-run",
            "--profile",
            "generous");
  }

  @Test
  void aRecipeAskingForMoreThanTheShopsLimitIsRefusedBeforeTheInstant() throws IOException {
    CliRunner.Result r = run("over-shop-limit.yaml");

    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("the recipe asks for 6, but the shop allows at most 4"), r.toString());
    assertTrue(r.out().contains("limited to 4 per customer"), "says where: " + r);
    assertTrue(r.out().contains("over-shop-limit.yaml:"), "names the step: " + r);
    assertTrue(shop.requestLog().matching("POST", "/basket").isEmpty(), "nothing added");
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    assertNoted(events);
    assertEquals("failed", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
    assertTrue(
        StrikeIT.all(events, JournalEvent.Release.class).isEmpty(),
        "ended before the instant: " + events);
  }

  @Test
  void aSelectOfMoreThanTheShopsLimitIsRefusedBeforeItActs() throws IOException {
    CliRunner.Result r = runNow("selects-over-limit.yaml");

    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("errand never selects more than the shop's per-customer limit"),
        r.toString());
    assertTrue(r.out().contains("asks for 6"), r.toString());
    assertTrue(shop.requestLog().matching("POST", "/basket").isEmpty(), "nothing added");
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    assertNoted(events);
    JournalEvent.Refused refused = StrikeIT.first(events, JournalEvent.Refused.class);
    assertTrue(refused != null && refused.step().contains("'6'"), events.toString());
  }

  private static void assertNoted(List<JournalEvent> events) {
    assertTrue(
        StrikeIT.all(events, JournalEvent.Note.class).stream()
            .anyMatch(
                n ->
                    n.message() != null
                        && n.message().startsWith("the shop's per-customer limit: at most 4")),
        "the journal notes the limit seen: " + events);
  }
}
