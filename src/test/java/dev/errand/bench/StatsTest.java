package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void nothingToSumUpGivesNoStats() {
    assertTrue(Stats.of(List.of()).isEmpty());
  }

  @Test
  void oneValueIsEveryFigure() {
    Stats s = Stats.of(List.of(ms(7))).orElseThrow();
    assertEquals(new Stats(1, ms(7), ms(7), ms(7)), s);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    Stats s = Stats.of(List.of(ms(30), ms(10), ms(20))).orElseThrow();
    assertEquals(ms(20), s.median());
    assertEquals(ms(30), s.max());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    Stats s = Stats.of(List.of(ms(40), ms(10), ms(20), ms(25))).orElseThrow();
    assertEquals(Duration.ofMillis(22).plusNanos(500_000), s.median());
  }

  @Test
  void p95IsTheNearestRank() {
    List<Duration> hundred = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      hundred.add(ms(i));
    }
    Stats s = Stats.of(hundred).orElseThrow();
    assertEquals(ms(95), s.p95());
    assertEquals(ms(100), s.max());
    assertEquals(100, s.count());
    // of ten values, the 95th percentile is the largest (rank ceil(9.5) = 10)
    assertEquals(ms(10), Stats.of(hundred.subList(90, 100)).orElseThrow().p95());
  }

  @Test
  void negativeLatenciesCountAsTheyAre() {
    Stats s = Stats.of(List.of(ms(-5), ms(3), ms(1))).orElseThrow();
    assertEquals(ms(1), s.median());
    assertEquals(ms(3), s.max());
  }
}
