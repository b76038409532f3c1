package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strike by the site's clock: the shop's clock runs 2 s behind this machine's, so acting by the
 * local clock would be 2 s early ("too early"). errand reads the shop's clock while arming and acts
 * at the shop's instant.
 */
class StrikeIT {

  @Test
  void actsAtTheShopsInstantNotTheLocalOne(@TempDir Path tmp) throws IOException {
    Duration skew = Duration.ofMillis(-2000);
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(20)).withSkew(skew).withoutRivals())) {
      Instant trueRelease = shop.releaseAt().minus(skew);
      CliRunner.Result r = runDemoRecipe(shop, tmp);

      assertOneAddOnTime(shop, trueRelease, r);

      List<JournalEvent> events = journal(tmp.resolve("attempts"));
      JournalEvent.ClockSync sync = first(events, JournalEvent.ClockSync.class);
      assertNotNull(sync, "the journal has the clock sync");
      assertTrue(sync.succeeded(), sync.toString());
      assertTrue(Math.abs(sync.offsetMs() - skew.toMillis()) < 25, sync.toString());
      assertTrue(sync.samples().size() >= 3, sync.toString());
      JournalEvent.Release release = first(events, JournalEvent.Release.class);
      assertNotNull(release.plannedFire());
      assertNotNull(release.actualFire());
      assertNotNull(first(events, JournalEvent.Reaction.class), "the reaction is journaled");
    }
  }

  @Test
  void aBuyFormThatIsThereBeforeTheSaleIsUsedAtTheInstantNotBefore(@TempDir Path tmp)
      throws IOException {
    Duration skew = Duration.ofMillis(1500);
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofSeconds(20))
                .withSkew(skew)
                .withoutRivals()
                .withSalePage(DemoShopConfig.SalePage.FORM))) {
      Instant trueRelease = shop.releaseAt().minus(skew);
      CliRunner.Result r = runDemoRecipe(shop, tmp);
      assertTrue(
          shop.requestLog().entries().stream()
              .anyMatch(
                  e -> e.path().startsWith("/events/") && e.receivedAt().isBefore(trueRelease)),
          "errand was on the page, form and all, before the sale");
      assertOneAddOnTime(shop, trueRelease, r);
      List<JournalEvent> events = journal(tmp.resolve("attempts"));
      JournalEvent.StepEnd skipped =
          all(events, JournalEvent.StepEnd.class).stream()
              .filter(e -> e.type().equals("reload"))
              .findFirst()
              .orElseThrow();
      assertEquals("skipped", skipped.result(), "the form was there: no reload");
      assertTrue(
          all(events, JournalEvent.Note.class).stream()
              .anyMatch(e -> e.message().startsWith("the page started the steps itself")),
          "the page started the strike on its own clock, and the journal says so: " + events);
    }
  }

  /** {@code errand run} of the demo recipe against {@code shop} at its release, no person. */
  private static CliRunner.Result runDemoRecipe(DemoShop shop, Path tmp) {
    CliRunner.Result r =
        new CliRunner(Path.of("").toAbsolutePath())
            .env("ERRAND_HOME", tmp.resolve("home").toString())
            .runAgainst(shop, "recipes/demo-shop.yaml", tmp.resolve("attempts"));
    assertTrue(r.out().contains("released"), r.toString());
    return r;
  }

  /** One add to the basket, not before the true release, and accepted. */
  private static void assertOneAddOnTime(DemoShop shop, Instant trueRelease, CliRunner.Result r) {
    List<RequestLog.Entry> adds = shop.requestLog().matching("POST", "/basket");
    assertEquals(1, adds.size(), r.toString());
    assertFalse(adds.get(0).receivedAt().isBefore(trueRelease), "never early: " + adds.get(0));
    assertEquals(303, adds.get(0).status(), "accepted, not 'too early'");
  }

  /** The first event of {@code type}, or null. */
  static <E extends JournalEvent> E first(List<JournalEvent> events, Class<E> type) {
    return all(events, type).stream().findFirst().orElse(null);
  }

  /** The events of {@code type}, in order. */
  static <E extends JournalEvent> List<E> all(List<JournalEvent> events, Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The typed events of the one attempt's journal under {@code attempts}. */
  static List<JournalEvent> journal(Path attempts) throws IOException {
    JournalLines lines = JournalLines.read(journalFile(attempts));
    assertEquals(List.of(), lines.problems(), "every line of the journal reads");
    assertEquals(
        List.of(),
        lines.all(JournalEvent.Unknown.class),
        "every event reads as its record, the untyped writers' too");
    return lines.events();
  }

  /** The journal of the one attempt under {@code attempts}. */
  static Path journalFile(Path attempts) throws IOException {
    try (Stream<Path> dirs = Files.list(attempts)) {
      return dirs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("journal.jsonl");
    }
  }
}
