package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault bench's runner on real demo shops with fake strategies (no browser): a fresh shop per
 * strategy and run, the shop's figures, and a run stopped at its time limit.
 */
@Timeout(60)
class FaultBenchTest {

  private static final FaultBench.Settings QUICK =
      new FaultBench.Settings(
          2, 5, Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(10));

  /** Loads the event page once, as a client that is not a browser, and says it paid nothing. */
  static final class OneLoad implements FaultStrategy {
    final List<DemoShop> shops = new ArrayList<>();

    @Override
    public String name() {
      return "one-load";
    }

    @Override
    public FaultEnding purchase(DemoShop shop) throws InterruptedException {
      shops.add(shop);
      try {
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(shop.eventUrl()).GET().build(),
                HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new FaultEnding("failed", "looked once", false, Optional.of(false));
    }
  }

  /** Waits until interrupted. */
  static final class Hangs implements FaultStrategy {
    @Override
    public String name() {
      return "hangs";
    }

    @Override
    public FaultEnding purchase(DemoShop shop) throws InterruptedException {
      new CountDownLatch(1).await();
      throw new AssertionError("never");
    }
  }

  @Test
  void everyStrategyGetsAFreshShopInTheModePerRunAndTheShopsCountsAreKept()
      throws InterruptedException {
    OneLoad one = new OneLoad();
    List<FaultRun> seen = new ArrayList<>();
    List<FaultResults> results =
        new FaultBench(List.of(one), QUICK, listener(seen)).run(List.of(FaultMode.QUEUE));
    assertEquals(2, one.shops.size());
    assertTrue(one.shops.get(0) != one.shops.get(1), "a fresh shop per run");
    assertEquals(Duration.ofSeconds(30), one.shops.get(0).config().waitingRoom());
    FaultSummary summary = results.get(0).strategy("one-load").orElseThrow();
    assertEquals(2, summary.runs().size());
    assertEquals(seen, summary.runs());
    for (FaultRun run : summary.runs()) {
      assertEquals(1, run.shop().queueEntries(), run.toString());
      assertEquals(1, run.shop().pageLoads(), run.toString());
      assertFalse(run.passedQueue());
      assertFalse(run.reachedPayment());
    }
  }

  @Test
  void aRunPastItsLimitIsStoppedAndCountedAsFailed() throws InterruptedException {
    FaultBench.Settings tight =
        new FaultBench.Settings(
            1, 5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(400));
    List<FaultResults> results =
        new FaultBench(List.of(new Hangs()), tight, listener(new ArrayList<>()))
            .run(List.of(FaultMode.OVERLOAD));
    FaultSummary summary = results.get(0).strategies().get(0);
    assertEquals(1, summary.timedOut());
    assertEquals(1, summary.failures());
    assertEquals("stopped at the run's time limit", summary.runs().get(0).error().orElseThrow());
  }

  private static FaultBench.Listener listener(List<FaultRun> seen) {
    return new FaultBench.Listener() {
      @Override
      public void starting(FaultMode mode, int run, String strategy) {}

      @Override
      public void finished(FaultRun run) {
        seen.add(run);
      }
    };
  }
}
