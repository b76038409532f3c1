package dev.errand.bench;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the drops: for each skew, each strategy in turn against its own fresh demo shop (rivals
 * off), one at a time so they never compete for the CPU, and measures each reaction on that shop's
 * request log.
 */
public final class BenchRunner {

  /** Hears about each strategy's drop as it starts and ends. */
  public interface Listener {
    /** A strategy is about to run drop {@code drop} at {@code skew}. */
    void starting(int drop, Duration skew, String strategy);

    /** A strategy finished a drop. */
    void finished(DropResult result);
  }

  private final List<Strategy> strategies;
  private final Listener listener;

  public BenchRunner(List<Strategy> strategies, Listener listener) {
    this.strategies = List.copyOf(strategies);
    this.listener = listener;
  }

  /**
   * Runs one drop per skew and sums up each strategy.
   *
   * @throws BrowserUnavailableException when a strategy finds no browser: the bench cannot run
   * @throws InterruptedException when interrupted
   */
  public List<StrategySummary> run(List<Duration> skews) throws InterruptedException {
    Map<String, List<DropResult>> results = new LinkedHashMap<>();
    strategies.forEach(s -> results.put(s.name(), new ArrayList<>()));
    for (int i = 0; i < skews.size(); i++) {
      for (Strategy strategy : strategies) {
        listener.starting(i + 1, skews.get(i), strategy.name());
        DropResult result = drop(strategy, i + 1, skews.get(i));
        results.get(strategy.name()).add(result);
        listener.finished(result);
      }
    }
    List<StrategySummary> summaries = new ArrayList<>();
    results.forEach((name, drops) -> summaries.add(StrategySummary.of(name, drops)));
    return List.copyOf(summaries);
  }

  private static DropResult drop(Strategy strategy, int number, Duration skew)
      throws InterruptedException {
    try (DemoShop shop = DemoShop.start(shopFor(strategy.setUp(), skew))) {
      Instant trueRelease = shop.releaseAt().minus(skew);
      Optional<Strike> strike = Optional.empty();
      Optional<String> error = Optional.empty();
      try {
        strike = Optional.of(strategy.strike(shop));
      } catch (BrowserUnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        error = Optional.of(headline(e));
      }
      Reaction reaction = Reaction.of(shop.requestLog().matching("POST", "/basket"), trueRelease);
      return new DropResult(strategy.name(), number, skew, reaction, strike, error);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
  }

  /**
   * A shop without rivals whose sale opens at least {@code setUp} from now both on this machine's
   * clock (which a naive client goes by) and in true time (which the shop, {@code skew} ahead, goes
   * by).
   */
  static DemoShopConfig shopFor(Duration setUp, Duration skew) {
    Duration ahead = skew.isNegative() ? Duration.ZERO : skew;
    return DemoShopConfig.opensIn(setUp.plus(ahead)).withSkew(skew).withoutRivals();
  }

  /** The first line of an error's message, or its class when it has none. */
  static String headline(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse(message).strip();
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }
}
