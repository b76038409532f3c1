package dev.errand.bench;

import static java.util.Objects.requireNonNull;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the drops: for each drop, each strategy in turn against its own fresh demo shop (rivals off,
 * the drop's skew, sale page and mode), one at a time so they never compete for the CPU, and
 * measures each reaction and the strategy's page loads on that shop's request log.
 */
public final class BenchRunner {

  /** Hears about each strategy's drop as it starts and ends. */
  public interface Listener {
    /** A strategy is about to run {@code drop}. */
    void starting(Drop drop, String strategy);

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
   * Runs the drops and sums up each strategy on each kind, the kinds in the order the drops first
   * show them.
   *
   * @throws BrowserUnavailableException when a strategy finds no browser: the bench cannot run
   * @throws InterruptedException when interrupted
   */
  public List<PageResults> run(List<Drop> drops) throws InterruptedException {
    Map<DropKind, Map<String, List<DropResult>>> results = new LinkedHashMap<>();
    Map<DropKind, List<Duration>> skews = new LinkedHashMap<>();
    for (Drop drop : drops) {
      Map<String, List<DropResult>> onPage =
          results.computeIfAbsent(drop.kind(), k -> new LinkedHashMap<>());
      skews.computeIfAbsent(drop.kind(), k -> new ArrayList<>()).add(drop.skew());
      for (Strategy strategy : strategies) {
        listener.starting(drop, strategy.name());
        DropResult result = drop(strategy, drop);
        onPage.computeIfAbsent(strategy.name(), n -> new ArrayList<>()).add(result);
        listener.finished(result);
      }
    }
    List<PageResults> pages = new ArrayList<>();
    results.forEach(
        (kind, byStrategy) -> {
          List<StrategySummary> summaries = new ArrayList<>();
          byStrategy.forEach((name, done) -> summaries.add(StrategySummary.of(name, done)));
          // every kind with results had its skew recorded beside them
          pages.add(new PageResults(kind, requireNonNull(skews.get(kind)), summaries));
        });
    return List.copyOf(pages);
  }

  private static DropResult drop(Strategy strategy, Drop drop) throws InterruptedException {
    Duration skew = drop.skew();
    try (DemoShop shop = DemoShop.start(drop.kind().shop(shopFor(strategy.setUp(), skew)))) {
      Optional<Strike> strike = Optional.empty();
      Optional<String> error = Optional.empty();
      try {
        strike = Optional.of(strategy.strike(shop));
      } catch (BrowserUnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        error = Optional.of(headline(e));
      }
      Reaction reaction =
          Reaction.of(shop.requestLog().matching("POST", "/basket"), shop.releaseAt());
      return new DropResult(
          strategy.name(),
          drop.number(),
          drop.kind(),
          skew,
          reaction,
          Politeness.of(shop),
          strike,
          error);
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
