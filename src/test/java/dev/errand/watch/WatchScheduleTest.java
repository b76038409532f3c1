package dev.errand.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The schedule of a watch, on fixed clock readings: nothing waits. */
@Timeout(10)
class WatchScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Instant london(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  private static WatchSchedule parse(String every, String between, String daily, String zone) {
    return ScheduleParser.parse(
        Optional.ofNullable(every).map(e -> Duration.parse("PT" + e.toUpperCase())),
        Optional.ofNullable(between),
        Optional.ofNullable(daily),
        Optional.ofNullable(zone),
        LONDON);
  }

  @Test
  void everyChecksAtOnceThenEachIntervalLaterWithJitterOnlyLater() {
    WatchSchedule s = parse("5m", null, null, null);
    Instant now = london("2026-12-05T10:00:00");
    assertEquals(now, s.next(now, Optional.empty(), 0.9));
    assertEquals(now.plusSeconds(300), s.next(now.plusSeconds(3), Optional.of(now), 0));
    // a tenth of the interval at most: 30 s
    assertEquals(now.plusSeconds(330), s.next(now.plusSeconds(3), Optional.of(now), 1));
    assertTrue(s.keepsBrowser());
  }

  @Test
  void aLateCheckIsNotCaughtUpWithSeveralAtOnce() {
    WatchSchedule s = parse("5m", null, null, null);
    Instant last = london("2026-12-05T10:00:00");
    Instant afterSleep = london("2026-12-05T12:00:00");
    assertEquals(afterSleep, s.next(afterSleep, Optional.of(last), 0.5));
  }

  @Test
  void outsideTheWindowTheNextCheckIsAtItsOpeningInTheZone() {
    WatchSchedule s = parse("5m", "08:00-23:00", null, null);
    assertEquals(
        london("2026-12-06T08:00:00"), s.next(london("2026-12-05T23:00:00"), Optional.empty(), 0));
    assertEquals(
        london("2026-12-06T08:00:00"),
        s.next(london("2026-12-06T02:00:00"), Optional.of(london("2026-12-05T22:58:00")), 0));
    assertEquals(
        london("2026-12-05T22:59:00"),
        s.next(london("2026-12-05T22:55:00"), Optional.of(london("2026-12-05T22:54:00")), 0));
  }

  @Test
  void aWindowPastMidnightIsOpenOnBothSidesOfIt() {
    DailyWindow w = ScheduleParser.window("22:00-02:00");
    assertTrue(w.contains(java.time.LocalTime.of(23, 30)));
    assertTrue(w.contains(java.time.LocalTime.of(1, 59)));
    assertFalse(w.contains(java.time.LocalTime.of(2, 0)));
    assertFalse(w.contains(java.time.LocalTime.of(12, 0)));
  }

  @Test
  void theWindowFollowsTheZoneNotUtc() {
    WatchSchedule s = parse("10m", "08:00-09:00", null, "America/New_York");
    Instant at = s.next(Instant.parse("2026-12-05T12:00:00Z"), Optional.empty(), 0);
    assertEquals(Instant.parse("2026-12-05T13:00:00Z"), at);
  }

  @Test
  void dailyChecksAtTheTimeThenTheNextDayAcrossAClockChange() {
    WatchSchedule s = parse(null, null, "04:00", null);
    Instant first = s.next(london("2026-03-28T21:00:00"), Optional.empty(), 0);
    assertEquals(london("2026-03-29T04:00:00"), first);
    // London moves to summer time on 29 March: 04:00 local is still 04:00 local
    Instant second = s.next(first.plusSeconds(60), Optional.of(first), 1);
    assertEquals(london("2026-03-30T04:00:20"), second);
    assertFalse(s.keepsBrowser());
  }

  @Test
  void dailyAfterTheTimeWaitsForTomorrow() {
    WatchSchedule s = parse(null, null, "04:00", null);
    assertEquals(
        london("2026-12-06T04:00:00"), s.next(london("2026-12-05T04:00:01"), Optional.empty(), 0));
  }

  @Test
  void longIntervalsCloseTheBrowserBetweenChecks() {
    assertFalse(parse("30m", null, null, null).keepsBrowser());
    assertTrue(parse("10m", null, null, null).keepsBrowser());
  }

  @Test
  void badInputNamesItsOption() {
    assertEquals("--every", optionOf(() -> parse("5s", null, null, null)));
    assertEquals("--between", optionOf(() -> parse("5m", "23:00-23:00", null, null)));
    assertEquals("--between", optionOf(() -> parse("5m", "8-23", null, null)));
    assertEquals("--zone", optionOf(() -> parse("5m", null, null, "Mars/Olympus")));
    assertEquals("--daily", optionOf(() -> parse(null, null, "25:00", null)));
    assertEquals("--daily", optionOf(() -> parse(null, null, "04:60", null)));
    assertEquals("--daily", optionOf(() -> parse("5m", null, "04:00", null)));
    assertEquals("--every", optionOf(() -> parse(null, null, null, null)));
    assertTrue(
        assertThrows(
                ScheduleParser.ScheduleException.class,
                () -> parse("5m", "23:00-23:00", null, null))
            .getMessage()
            .contains("never opens"));
  }

  private static String optionOf(Runnable r) {
    return assertThrows(ScheduleParser.ScheduleException.class, r::run).option();
  }
}
