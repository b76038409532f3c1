package dev.errand.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.PageSurvey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page's own release instant, from where real sites keep it, and how it compares. */
class ReleaseReadingTest {

  private static final Instant NOW = Instant.parse("2026-12-05T16:00:00Z");
  private static final Instant PAGE = Instant.parse("2026-12-05T16:54:03.063Z");

  private static PageSurvey.Look look(List<PageSurvey.Clue> clues, String... scripts) {
    return new PageSurvey.Look(List.of(), clues, List.of(scripts), "");
  }

  private static Optional<PageTime> read(
      PageSurvey.Look look, List<PageSurvey.Answer> answers, Optional<Instant> recipe) {
    return ReleaseReading.choose(PageTimes.read(look, answers), recipe, NOW);
  }

  @Test
  void anApiAnswerGivesTheMillisecondsAndItsServerTimeIsNotTheRelease() {
    PageSurvey.Answer api =
        new PageSurvey.Answer(
            "https://shop.example/api/events/x?fresh=1",
            "{\"serverTime\":\"2026-12-05T16:00:01.500Z\",\"opensAt\":\"2026-12-05T16:54:03.063Z\","
                + "\"id\":1733417643}");
    PageTime t = read(look(List.of()), List.of(api), Optional.empty()).orElseThrow();
    assertEquals(PAGE, t.instant());
    assertEquals("opensAt", t.key());
    assertEquals("the answer of /api/events/x", t.where());
  }

  @Test
  void markupDataAttributesAndEpochMillisCount() {
    PageTime t =
        read(
                look(List.of(new PageSurvey.Clue("markup", "data-sale-start", "1796489643063"))),
                List.of(),
                Optional.of(Instant.parse("2026-12-05T16:54:03Z")))
            .orElseThrow();
    assertEquals(Instant.ofEpochMilli(1796489643063L), t.instant());
    assertEquals(3, t.fractionDigits());
  }

  @Test
  void inlineScriptsAndJsonLdAreRead() {
    String config =
        "window.__SALE__ = { startsAt: '2026-12-05T17:54:03.063+01:00', price: 1234567890 };";
    assertEquals(
        PAGE, read(look(List.of(), config), List.of(), Optional.empty()).orElseThrow().instant());
    String ld =
        "{\"@type\":\"Event\",\"startDate\":\"2026-12-20T19:30:00Z\","
            + "\"offers\":{\"validFrom\":\"2026-12-05T16:54:03.063Z\"}}";
    PageTime fromLd = read(look(List.of(), ld), List.of(), Optional.empty()).orElseThrow();
    assertEquals(PAGE, fromLd.instant());
    assertEquals("validFrom", fromLd.key());
  }

  @Test
  void aTimeWithoutAZoneAndAnUnkeyedNumberAreNotTimes() {
    assertEquals(
        Optional.empty(),
        read(
            look(List.of(), "var at = '2026-12-05T16:54:03'; var n = 1796489643063;"),
            List.of(new PageSurvey.Answer("https://x/a", "[1796489643063]")),
            Optional.empty()));
  }

  @Test
  void theSameSecondWrittenMoreFinelyWins() {
    List<PageSurvey.Clue> clues =
        List.of(
            new PageSurvey.Clue("markup", "datetime", "2026-12-05T16:54:03Z"),
            new PageSurvey.Clue("markup", "data-opens", "2026-12-05T16:54:03.063Z"));
    PageTime t =
        read(look(clues), List.of(), Optional.of(Instant.parse("2026-12-05T16:54:03Z")))
            .orElseThrow();
    assertEquals(PAGE, t.instant());
  }

  @Test
  void theInstantNearestTheRecipesIsTaken() {
    List<PageSurvey.Clue> clues =
        List.of(
            new PageSurvey.Clue("markup", "data-presale-start", "2026-12-05T10:00:00Z"),
            new PageSurvey.Clue("markup", "data-sale-start", "2026-12-05T16:54:03.063Z"));
    assertEquals(
        PAGE,
        read(look(clues), List.of(), Optional.of(Instant.parse("2026-12-05T16:54:00Z")))
            .orElseThrow()
            .instant());
  }

  @Test
  void theComparisonSaysHowEarlyOrLateErrandWouldAct() {
    PageTime page = new PageTime(PAGE, "a <time datetime>", "datetime", "", 3);
    assertEquals(
        "the page says 2026-12-05 16:54:03.063 UTC; the recipe says 2026-12-05 16:54:03 UTC —"
            + " errand would act 63 ms early by the page's own time",
        ReleaseReading.compare(page, Instant.parse("2026-12-05T16:54:03Z")));
    assertTrue(ReleaseReading.early(page, Instant.parse("2026-12-05T16:54:03Z")));
    assertTrue(
        ReleaseReading.compare(page, Instant.parse("2026-12-05T16:54:03.100Z"))
            .endsWith("errand would act 37 ms after the page's own instant"));
    assertTrue(ReleaseReading.compare(page, PAGE).endsWith("they agree"));
  }
}
