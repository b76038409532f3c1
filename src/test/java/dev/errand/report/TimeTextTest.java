package dev.errand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeTextTest {

  @Test
  void stampsReadRelativeToTheReleaseInstant() {
    assertEquals("T−00:03.120", TimeText.stamp(-3120, true));
    assertEquals("T+0.023", TimeText.stamp(23.4, true));
    assertEquals("T+0.000", TimeText.stamp(0, true));
    assertEquals("T+0.000", TimeText.stamp(-0.2, true), "no minus for what rounds to zero");
    assertEquals("T+1:02.500", TimeText.stamp(62_500, true).replace("01:", "1:"));
    assertEquals("T−1:00:00.000", TimeText.stamp(-3_600_000, true));
    assertEquals("+2.000", TimeText.stamp(2000, false));
  }

  @Test
  void durationsAndDifferences() {
    assertEquals("9.8 ms", TimeText.millis(9.76));
    assertEquals("371 ms", TimeText.millis(371.3));
    assertEquals("1.26 s", TimeText.millis(1262.7));
    assertEquals("42.1 s", TimeText.millis(42_100));
    assertEquals("+12 ms", TimeText.signed(12.2));
    assertEquals("−1.15 s", TimeText.signed(-1150));
    assertEquals("±0 ms", TimeText.signed(0.01));
    assertEquals("7.3 s", TimeText.duration(Duration.ofMillis(7340)));
    assertEquals("2 min 05 s", TimeText.duration(Duration.ofSeconds(125)));
    assertEquals("1 h 02 min", TimeText.duration(Duration.ofMinutes(62)));
  }

  @Test
  void ticks() {
    assertEquals("T", TimeText.tick(0, true));
    assertEquals("+0.5 s", TimeText.tick(500, true));
    assertEquals("−14 s", TimeText.tick(-14_000, true));
  }
}
