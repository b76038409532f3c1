package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
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
  void theKindsTakeTurnsAndEachSpreadsItsOwnSkewsOverTheWholeRange() {
    List<Drop> drops =
        DropPlan.drops(
            7, Duration.ofSeconds(3), List.of(DropKind.SERVER, DropKind.LIMITED, DropKind.SLOW));
    assertEquals(
        List.of(
            DropKind.SERVER,
            DropKind.LIMITED,
            DropKind.SLOW,
            DropKind.SERVER,
            DropKind.LIMITED,
            DropKind.SLOW,
            DropKind.SERVER),
        drops.stream().map(Drop::kind).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), drops.stream().map(Drop::number).toList());
    assertEquals(
        List.of(Duration.ofSeconds(-3), Duration.ZERO, Duration.ofSeconds(3)),
        skewsOf(drops, DropKind.SERVER));
    assertEquals(
        List.of(Duration.ofSeconds(-3), Duration.ofSeconds(3)), skewsOf(drops, DropKind.LIMITED));
    assertEquals(
        List.of(Duration.ofSeconds(-3), Duration.ofSeconds(3)), skewsOf(drops, DropKind.SLOW));
  }

  @Test
  void oneDropOfAKindHasNoSkew() {
    List<Drop> drops =
        DropPlan.drops(2, Duration.ofSeconds(3), List.of(DropKind.SERVER, DropKind.LIMITED));
    assertEquals(List.of(Duration.ZERO, Duration.ZERO), drops.stream().map(Drop::skew).toList());
  }

  @Test
  void refusesNoKindsAndFewerDropsThanKinds() {
    assertThrows(IllegalArgumentException.class, () -> DropPlan.drops(2, Duration.ZERO, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DropPlan.drops(1, Duration.ZERO, List.of(DropKind.FORM, DropKind.LATE)));
  }

  private static List<Duration> skewsOf(List<Drop> drops, DropKind kind) {
    return drops.stream().filter(d -> d.kind() == kind).map(Drop::skew).toList();
  }
}
