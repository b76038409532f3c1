package dev.errand.bench;

import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One strategy in one drop.
 *
 * @param strategy the strategy's name
 * @param drop the drop's number, from 1
 * @param kind the shop's sale page and mode
 * @param skew how far the shop's clock ran ahead of the true one (negative: behind)
 * @param reaction what the shop's request log says
 * @param politeness the strategy's page loads and what the shop's rate limit said of them
 * @param strike what the strategy said about itself; empty when it threw
 * @param error the strategy's error, if it threw
 */
public record DropResult(
    String strategy,
    int drop,
    DropKind kind,
    Duration skew,
    Reaction reaction,
    Politeness politeness,
    Optional<Strike> strike,
    Optional<String> error) {

  /** Checks that no component is null. */
  public DropResult {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(skew, "skew");
    Objects.requireNonNull(reaction, "reaction");
    Objects.requireNonNull(politeness, "politeness");
    Objects.requireNonNull(strike, "strike");
    Objects.requireNonNull(error, "error");
  }

  /** What the shop's event page showed before the sale. */
  public SalePage page() {
    return kind.page();
  }

  /** The clock offset the strategy measured, if any. */
  public Optional<Duration> measuredOffset() {
    return strike.flatMap(Strike::measuredOffset);
  }

  /** When the strategy saw the buy control, after the instant, if it can tell. */
  public Optional<Duration> controlShown() {
    return strike.flatMap(Strike::controlShown);
  }

  /**
   * From the buy control showing to the purchase request reaching the shop: the strategy's own part
   * of the reaction, when it can tell when the control showed.
   */
  public Optional<Duration> afterShown() {
    Optional<Duration> latency = reaction.latency();
    return controlShown().flatMap(shown -> latency.map(l -> l.minus(shown)));
  }

  /** |measured offset − true skew|, when the strategy measured an offset. */
  public Optional<Duration> offsetError() {
    return measuredOffset().map(m -> m.minus(skew).abs());
  }

  /** The never-early margin the strategy kept, if it keeps one. */
  public Optional<Duration> margin() {
    return strike.flatMap(Strike::margin);
  }

  /** When the strategy reloaded for the buy control, after the instant, if it can tell. */
  public Optional<Duration> reloadStarted() {
    return strike.flatMap(Strike::reloadStarted);
  }

  /**
   * How much later than its own never-early margin the strategy started its purchase (had the buy
   * control), when it keeps a margin: what a slow server cost it beyond the margin. Its own steps
   * after that are the same on any server and judged on the form page.
   */
  public Optional<Duration> beyondMargin() {
    return margin().flatMap(m -> controlShown().map(shown -> shown.minus(m)));
  }
}
