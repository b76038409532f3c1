package dev.errand.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.timing.sync.ClockSync;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacingTest {

  @Test
  void everyRunIsPoliteUnlessTheEnvironmentAsksForThisMachinesPacing() {
    assertEquals(Pacing.POLITE, Pacing.from(Map.of()));
    assertEquals(Pacing.POLITE, Pacing.from(Map.of(Pacing.VARIABLE, "fast")));
    assertEquals(Pacing.THIS_MACHINE, Pacing.from(Map.of(Pacing.VARIABLE, "this-machine")));
    assertEquals(RequestBudget.SPACING, Pacing.POLITE.spacing());
    assertEquals(Duration.ofSeconds(5), Pacing.POLITE.quietBeforeRelease());
    assertFalse(Pacing.POLITE.faster());
    assertTrue(Pacing.THIS_MACHINE.faster());
  }

  @Test
  void aSiteOnAnotherMachineIsAlwaysPacedPolitely() {
    Pacing fast = Pacing.THIS_MACHINE;
    assertEquals(fast, fast.forSite(URI.create("http://127.0.0.1:8080/")));
    assertEquals(fast, fast.forSite(URI.create("http://localhost:8080/")));
    assertEquals(fast, fast.forSite(URI.create("http://[::1]:8080/")));
    assertEquals(Pacing.POLITE, fast.forSite(URI.create("https://tickets.example.com/")));
    assertEquals(Pacing.POLITE, fast.forSite(URI.create("http://10.0.0.7/")));
    assertEquals(Pacing.POLITE, fast.forSite(URI.create("http://127.0.0.1.example.com/")));
  }

  @Test
  void aClockSyncSpacedUnderASecondIsForThisMachineOnly() {
    ClockSync.Options fast = ClockSync.Options.defaults().withPacing(Pacing.THIS_MACHINE);
    assertTrue(fast.thisMachineOnly());
    assertEquals(Duration.ofMillis(200), fast.minSpacing());
    assertFalse(ClockSync.Options.defaults().withPacing(Pacing.POLITE).thisMachineOnly());
    assertThrows(
        IllegalArgumentException.class,
        () -> ClockSync.sync(URI.create("https://tickets.example.com/"), fast));
  }
}
