package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SiteClockKeeperTest {

  @Test
  void neverPlansProbesIntoTheQuietSecondsBeforeTheRelease() {
    assertEquals(0, SiteClockKeeper.probesFor(Duration.ofSeconds(3)));
    assertEquals(0, SiteClockKeeper.probesFor(Duration.ofSeconds(5)));
    assertEquals(10, SiteClockKeeper.probesFor(Duration.ofSeconds(15)));
    assertEquals(30, SiteClockKeeper.probesFor(Duration.ofMinutes(3)));
  }
}
