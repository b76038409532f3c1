package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeParserTest {

  private static final Instant NINE_UTC = Instant.parse("2026-12-01T09:00:00Z");

  private static String error(String text) {
    return assertThrows(TimeParseException.class, () -> TimeParser.parse(text)).getMessage();
  }

  @Test
  void isoWithOffsetOrZ() {
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T10:00:00+01:00"));
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T10:00+01:00"));
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T09:00:00Z"));
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T04:00:00-0500"));
    assertEquals(
        Instant.parse("2026-12-01T09:00:00.250Z"),
        TimeParser.parse("2026-12-01T10:00:00.25+01:00"));
  }

  @Test
  void localDateTimeAndZone() {
    // London is on GMT in December and on BST in June
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01 09:00 Europe/London"));
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T10:00:00 Europe/Paris"));
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T10:00[Europe/Paris]"));
    assertEquals(
        Instant.parse("2026-06-01T09:00:00Z"), TimeParser.parse("2026-06-01 10:00 Europe/London"));
    assertEquals(NINE_UTC, TimeParser.parse("  2026-12-01 09:00 UTC "));
  }

  @Test
  void offsetAndZoneMustAgree() {
    assertEquals(NINE_UTC, TimeParser.parse("2026-12-01T10:00+01:00[Europe/Paris]"));
    assertEquals(
        "bad time '2026-12-01T10:00+02:00[Europe/Paris]': offset +02:00 is not in use in"
            + " Europe/Paris at that time (it is +01:00)",
        error("2026-12-01T10:00+02:00[Europe/Paris]"));
  }

  @Test
  void unknownZoneIsSuggested() {
    assertEquals(
        "unknown zone id 'Europe/Londn' — did you mean 'Europe/London'?",
        error("2026-12-01 10:00 Europe/Londn"));
    assertEquals(
        "unknown zone id 'London' — did you mean 'Europe/London'?",
        error("2026-12-01 10:00 London"));
  }

  @Test
  void missingZoneIsRequired() {
    assertEquals(
        "bad time '2026-12-01 10:00': a zone or an offset is required, e.g. '2026-12-01 10:00"
            + " Europe/London' or '2026-12-01T10:00+01:00'",
        error("2026-12-01 10:00"));
  }

  @Test
  void nonexistentLocalTime() {
    assertEquals(
        "bad time '2026-03-29 01:30 Europe/London': 01:30 on 2026-03-29 does not exist in"
            + " Europe/London (the clocks go forward)",
        error("2026-03-29 01:30 Europe/London"));
  }

  @Test
  void garbageIsExplained() {
    String hint =
        "': use ISO-8601 with an offset (2026-12-01T10:00:00+01:00) or a local date-time and a"
            + " zone (2026-12-01 10:00 Europe/London)";
    assertEquals("bad time 'tomorrow" + hint, error("tomorrow"));
    assertEquals("bad time '2026-12-01" + hint, error("2026-12-01"));
    assertEquals("bad time '2026-13-01T10:00Z" + hint, error("2026-13-01T10:00Z"));
  }
}
