package dev.errand.bench;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs {@code errand bench --faults}: for each fault mode, {@link Settings#runs()} runs, and in
 * each run every strategy in turn against its own fresh demo shop in that mode (no rival buyers,
 * the sale opening {@link Settings#releaseIn()} after the shop starts, the run's faults seeded
 * alike for every strategy), one at a time, each within a time limit ({@link RunGuard}). What the
 * shop saw is read from the shop itself.
 */
public final class FaultBench {

  /** Hears about each strategy's run as it starts and ends. */
  public interface Listener {
    /** A strategy is about to make run {@code run} of {@code mode}. */
    void starting(FaultMode mode, int run, String strategy);

    /** A strategy finished a run. */
    void finished(FaultRun run);
  }

  /**
   * How the runs go.
   *
   * @param runs runs per mode, each by every strategy
   * @param seed the seed of the runs' fault draws (run n of a mode uses seed + n)
   * @param releaseIn how soon after its shop starts each run's sale opens
   * @param queueWait the waiting room's wait in {@link FaultMode#QUEUE}
   * @param margin how long a run may go on beyond its sale's opening (and its waiting room) before
   *     it is stopped
   */
  public record Settings(
      int runs, long seed, Duration releaseIn, Duration queueWait, Duration margin) {

    /** Checks the values. */
    public Settings {
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1: " + runs);
      }
      Objects.requireNonNull(releaseIn, "releaseIn");
      Objects.requireNonNull(queueWait, "queueWait");
      Objects.requireNonNull(margin, "margin");
    }

    /** How long one run of {@code mode} may take before it is stopped. */
    public Duration limit(FaultMode mode) {
      return releaseIn.plus(margin).plus(mode == FaultMode.QUEUE ? queueWait : Duration.ZERO);
    }
  }

  private final List<FaultStrategy> strategies;
  private final Settings settings;
  private final Listener listener;

  public FaultBench(List<FaultStrategy> strategies, Settings settings, Listener listener) {
    this.strategies = List.copyOf(strategies);
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * Runs every mode in turn and sums up each strategy in each.
   *
   * @throws dev.errand.browser.BrowserUnavailableException when a strategy finds no browser
   * @throws InterruptedException when interrupted
   */
  public List<FaultResults> run(List<FaultMode> modes) throws InterruptedException {
    List<FaultResults> results = new ArrayList<>();
    for (FaultMode mode : modes) {
      List<List<FaultRun>> byStrategy = new ArrayList<>();
      strategies.forEach(s -> byStrategy.add(new ArrayList<>()));
      for (int run = 1; run <= settings.runs(); run++) {
        for (int i = 0; i < strategies.size(); i++) {
          FaultStrategy strategy = strategies.get(i);
          listener.starting(mode, run, strategy.name());
          FaultRun done = run(strategy, mode, run);
          byStrategy.get(i).add(done);
          listener.finished(done);
        }
      }
      List<FaultSummary> summaries = new ArrayList<>();
      for (int i = 0; i < strategies.size(); i++) {
        summaries.add(new FaultSummary(strategies.get(i).name(), byStrategy.get(i)));
      }
      results.add(new FaultResults(mode, settings.queueWait(), summaries));
    }
    return List.copyOf(results);
  }

  private FaultRun run(FaultStrategy strategy, FaultMode mode, int run)
      throws InterruptedException {
    DemoShopConfig config =
        mode.shop(
            DemoShopConfig.opensIn(settings.releaseIn()).withoutRivals(),
            run,
            settings.seed(),
            settings.queueWait());
    long started = System.nanoTime();
    try (DemoShop shop = DemoShop.start(config)) {
      RunGuard.Guarded<FaultEnding> guarded =
          new RunGuard(settings.limit(mode))
              .run(strategy.name() + "-" + mode.id() + "-" + run, () -> strategy.purchase(shop));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      ShopSide side = ShopSide.of(shop);
      Optional<String> error = guarded.error().map(BenchRunner::headline);
      if (guarded.leftBehind() > 0) {
        String left = guarded.leftBehind() + " process(es) of the run ended by the bench";
        error = Optional.of(error.map(e -> e + "; " + left).orElse(left));
      }
      return new FaultRun(
          mode,
          run,
          strategy.name(),
          variant(mode, run, side),
          side,
          guarded.value(),
          error,
          guarded.timedOut(),
          took);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
  }

  /** What the run's shop drew, in a few words. */
  static String variant(FaultMode mode, int run, ShopSide side) {
    return switch (mode) {
      case OVERLOAD, QUEUE -> "";
      case LATE -> "opens " + Figures.seconds(side.opensLate()) + " late";
      case CONSENT -> FaultMode.consent(run).name().toLowerCase(Locale.ROOT);
    };
  }
}
