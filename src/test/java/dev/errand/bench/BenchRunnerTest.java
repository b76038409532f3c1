package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRunnerTest {

  /** A strategy that does nothing, or throws. */
  record Fake(String name, RuntimeException error) implements Strategy {
    @Override
    public Duration setUp() {
      return Duration.ZERO;
    }

    @Override
    public Strike strike(DemoShop shop) {
      if (error != null) {
        throw error;
      }
      return Strike.plain();
    }
  }

  @Test
  void theSaleOpensAfterTheSetUpOnBothClocks() {
    Duration setUp = Duration.ofSeconds(7);
    for (long skewMs : new long[] {-3000, -1500, 0, 2333, 3000}) {
      Duration skew = Duration.ofMillis(skewMs);
      Instant before = Instant.now();
      DemoShopConfig config = BenchRunner.shopFor(setUp, skew);
      Instant localRelease = config.releaseAt();
      Instant trueRelease = config.releaseAt().minus(skew);
      assertFalse(localRelease.isBefore(before.plus(setUp)), "local, skew " + skew);
      assertFalse(trueRelease.isBefore(before.plus(setUp)), "true, skew " + skew);
      assertEquals(skew, config.skew());
      assertEquals(0.0, config.rivalTicketsPerSecond(), "rivals off");
    }
  }

  @Test
  void aStrategyThatSendsNothingFailsAndOneThatThrowsSaysWhy() throws InterruptedException {
    List<String> heard = new ArrayList<>();
    BenchRunner runner =
        new BenchRunner(
            List.of(
                new Fake("idle", null),
                new Fake("broken", new IllegalStateException("boom\nat x"))),
            new BenchRunner.Listener() {
              @Override
              public void starting(Drop drop, String strategy) {
                heard.add("start " + drop.number() + " " + strategy);
              }

              @Override
              public void finished(DropResult result) {
                heard.add("end " + result.drop() + " " + result.strategy());
              }
            });
    List<PageResults> pages =
        runner.run(
            DropPlan.drops(2, Duration.ofMillis(500), List.of(DropKind.COUNTDOWN, DropKind.FORM)));
    assertEquals(
        List.of(
            "start 1 idle",
            "end 1 idle",
            "start 1 broken",
            "end 1 broken",
            "start 2 idle",
            "end 2 idle",
            "start 2 broken",
            "end 2 broken"),
        heard);
    assertEquals(
        List.of(DropKind.COUNTDOWN, DropKind.FORM), pages.stream().map(PageResults::kind).toList());
    PageResults countdown = pages.get(0);
    assertEquals(List.of(Duration.ZERO), countdown.skews(), "one drop of each kind");
    assertEquals(1, countdown.strategies().get(0).failures());
    assertTrue(countdown.strategies().get(0).latency().isEmpty());
    DropResult broken = pages.get(1).strategies().get(1).drops().get(0);
    assertEquals("boom", broken.error().orElseThrow());
    assertEquals(Duration.ZERO, broken.skew());
    assertEquals(SalePage.FORM, broken.page());
  }

  @Test
  void noBrowserStopsTheBench() {
    BenchRunner runner =
        new BenchRunner(
            List.of(new Fake("x", new BrowserUnavailableException("none"))),
            new BenchRunner.Listener() {
              @Override
              public void starting(Drop drop, String strategy) {}

              @Override
              public void finished(DropResult result) {}
            });
    assertThrows(
        BrowserUnavailableException.class,
        () -> runner.run(List.of(new Drop(1, Duration.ZERO, DropKind.FORM))));
  }
}
