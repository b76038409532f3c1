package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeTextTest {

  @Test
  void durationsAreWrittenInTheGrammarTheyAreReadIn() {
    assertEquals("250ms", TimeText.human(Duration.ofMillis(250)));
    assertEquals("10s", TimeText.human(Duration.ofSeconds(10)));
    assertEquals("1.5s", TimeText.human(Duration.ofMillis(1_599)));
    assertEquals("1m30s", TimeText.human(Duration.ofSeconds(90)));
    assertEquals("3m", TimeText.human(Duration.ofMinutes(3)));
    assertEquals("2h", TimeText.human(Duration.ofHours(2)));
    assertEquals("1h30m", TimeText.human(Duration.ofMinutes(90)));
    assertEquals("1h5s", TimeText.human(Duration.ofSeconds(3_605)));
    for (Duration d :
        new Duration[] {
          Duration.ofMillis(7), Duration.ofMillis(1_500), Duration.ofSeconds(59),
          Duration.ofSeconds(61), Duration.ofMinutes(150), Duration.ofHours(30)
        }) {
      assertEquals(d, DurationParser.parse(TimeText.human(d)), d.toString());
    }
  }

  @Test
  void aCountdownIsHoursMinutesSeconds() {
    assertEquals("01:02:03", TimeText.hms(3_723));
  }
}
