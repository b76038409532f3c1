package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationParserTest {

  @Test
  void unitForms() {
    assertEquals(Duration.ofMillis(500), DurationParser.parse("500ms"));
    assertEquals(Duration.ofSeconds(10), DurationParser.parse("10s"));
    assertEquals(Duration.ofMinutes(2), DurationParser.parse("2m"));
    assertEquals(Duration.ofHours(1), DurationParser.parse("1h"));
    assertEquals(Duration.ofMinutes(90), DurationParser.parse("1h30m"));
    assertEquals(Duration.ofMinutes(90), DurationParser.parse("1h 30m"));
    assertEquals(Duration.ofMillis(1500), DurationParser.parse("1.5s"));
    assertEquals(Duration.ofSeconds(90), DurationParser.parse("1.5m"));
    assertEquals(Duration.ofMillis(61_250), DurationParser.parse("1m1s250ms"));
  }

  @Test
  void isoForm() {
    assertEquals(Duration.ofSeconds(10), DurationParser.parse("PT10S"));
    assertEquals(Duration.ofMinutes(90), DurationParser.parse("pt1h30m"));
  }

  @Test
  void mustBePositive() {
    assertEquals(
        "duration '0s' must be greater than zero",
        assertThrows(DurationParseException.class, () -> DurationParser.parse("0s")).getMessage());
    assertThrows(DurationParseException.class, () -> DurationParser.parse("PT-5S"));
  }

  @Test
  void bareNumberNeedsAUnit() {
    assertEquals(
        "bad duration '10': add a unit (ms, s, m or h), e.g. '10s'",
        assertThrows(DurationParseException.class, () -> DurationParser.parse("10")).getMessage());
  }

  @Test
  void garbageAndWrongOrderAreRefused() {
    for (String bad : new String[] {"ten", "10x", "30m1h", "1s1s", "", "PTxS", "1..5s", "-1s"}) {
      DurationParseException e =
          assertThrows(DurationParseException.class, () -> DurationParser.parse(bad), bad);
      assertEquals(
          "bad duration '"
              + bad
              + "': use a number and a unit, like 500ms, 10s, 2m, 1h or 1h30m (or ISO-8601 like"
              + " PT10S)",
          e.getMessage());
    }
  }
}
