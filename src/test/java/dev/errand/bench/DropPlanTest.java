package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropPlanTest {

  @Test
  void tenDropsSpreadEvenlyOverBothSignsWithFractions() {
    List<Duration> skews = DropPlan.skews(10, Duration.ofSeconds(3));
    assertEquals(10, skews.size());
    assertEquals(Duration.ofMillis(-3000), skews.get(0));
    assertEquals(Duration.ofMillis(-2333), skews.get(1));
    assertEquals(Duration.ofMillis(333), skews.get(5));
    assertEquals(Duration.ofMillis(3000), skews.get(9));
    assertTrue(skews.stream().anyMatch(s -> s.toMillis() % 1000 != 0), "fractional seconds");
    for (int i = 1; i < skews.size(); i++) {
      long step = skews.get(i).minus(skews.get(i - 1)).toMillis();
      assertTrue(step == 666 || step == 667, "even steps: " + skews);
    }
  }

  @Test
  void twoDropsAreTheTwoEnds() {
    assertEquals(
        List.of(Duration.ofSeconds(-3), Duration.ofSeconds(3)),
        DropPlan.skews(2, Duration.ofSeconds(3)));
  }

  @Test
  void oneDropHasNoSkew() {
    assertEquals(List.of(Duration.ZERO), DropPlan.skews(1, Duration.ofSeconds(3)));
  }

  @Test
  void anOddCountHasTheTrueClockInTheMiddle() {
    assertEquals(Duration.ZERO, DropPlan.skews(5, Duration.ofSeconds(3)).get(2));
  }

  @Test
  void refusesNoDrops() {
    assertThrows(IllegalArgumentException.class, () -> DropPlan.skews(0, Duration.ofSeconds(3)));
  }

  @Test
  void thePagesTakeTurnsSoEachMeetsSkewsFromAcrossTheRange() {
    List<Drop> drops =
        DropPlan.drops(4, Duration.ofSeconds(3), List.of(SalePage.COUNTDOWN, SalePage.FORM));
    assertEquals(
        List.of(SalePage.COUNTDOWN, SalePage.FORM, SalePage.COUNTDOWN, SalePage.FORM),
        drops.stream().map(Drop::page).toList());
    assertEquals(List.of(1, 2, 3, 4), drops.stream().map(Drop::number).toList());
    assertEquals(Duration.ofSeconds(-3), drops.get(0).skew());
    assertEquals(Duration.ofSeconds(3), drops.get(3).skew());
    assertThrows(IllegalArgumentException.class, () -> DropPlan.drops(2, Duration.ZERO, List.of()));
  }
}
