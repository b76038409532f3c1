package dev.errand.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void readsSecondsAndHttpDatesOnTheSitesClock() {
    assertEquals(Optional.of(Duration.ofSeconds(3)), RetryAfter.parse(" 3 ", null, NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Fri, 04 Dec 2026 12:01:30 GMT", "Fri, 04 Dec 2026 12:00:00 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        RetryAfter.parse("Fri, 04 Dec 2026 10:00:30 GMT", null, NOW));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 04 Dec 2026 09:00:00 GMT", null, NOW));
  }

  @Test
  void garbageIsNoValue() {
    assertEquals(Optional.empty(), RetryAfter.parse("soon", null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-3", null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("1.5", null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(null, null, NOW));
  }
}
