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
              + "': use a number and a unit, like 500ms, 10s, 2m, 1h, 1h30m or 30d (or ISO-8601"
              + " like PT10S)",
          e.getMessage());
    }
  }

  @Test
  void longUnitNamesDaysAndWeeksAreTheSameGrammar() {
    assertEquals(Duration.ofSeconds(10), DurationParser.parse("10 seconds"));
    assertEquals(Duration.ofMinutes(3), DurationParser.parse("3 minutes"));
    assertEquals(Duration.ofMinutes(3), DurationParser.parse("3min"));
    assertEquals(Duration.ofMillis(250), DurationParser.parse("250 millis"));
    assertEquals(Duration.ofMinutes(90), DurationParser.parse("1 hour 30 mins"));
    assertEquals(Duration.ofDays(30), DurationParser.parse("30d"));
    assertEquals(Duration.ofDays(14), DurationParser.parse("2w"));
    assertEquals(Duration.ofDays(1).plusHours(12), DurationParser.parse("1 day 12h"));
    assertThrows(DurationParseException.class, () -> DurationParser.parse("1h2d"));
    assertThrows(DurationParseException.class, () -> DurationParser.parse("1m1min"));
  }

  @Test
  void zeroAndSignedForms() {
    assertEquals(Duration.ZERO, DurationParser.parseOrZero("0"));
    assertEquals(Duration.ZERO, DurationParser.parseOrZero("0ms"));
    assertEquals(Duration.ofMillis(60), DurationParser.parseOrZero("60ms"));
    assertEquals(
        "duration '-1s' must not be negative",
        assertThrows(DurationParseException.class, () -> DurationParser.parseOrZero("-1s"))
            .getMessage());
    assertEquals(Duration.ofMillis(-1500), DurationParser.parseSigned("-1.5s"));
    assertEquals(Duration.ofSeconds(2), DurationParser.parseSigned("+2s"));
    assertEquals(Duration.ZERO, DurationParser.parseSigned("-0s"));
    assertThrows(DurationParseException.class, () -> DurationParser.parseSigned("+-2s"));
  }
}
