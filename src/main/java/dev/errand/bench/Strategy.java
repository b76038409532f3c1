package dev.errand.bench;

import dev.errand.demo.DemoShop;
import java.time.Duration;

/** One way of buying at the release instant, run once per drop against a fresh demo shop. */
public interface Strategy {

  /** A short name for tables and JSON: {@code errand}, {@code naive}, {@code floor}. */
  String name();

  /**
   * How long before the true release instant the shop must be started for this strategy to be
   * ready: its set-up (a browser, a clock sync) happens in that time.
   */
  Duration setUp();

  /**
   * Acts on {@code shop}: waits for its sale and tries to put tickets in the basket. Returns what
   * the strategy itself saw; the bench measures the reaction on the shop's request log.
   *
   * @throws InterruptedException when the bench is interrupted while the strategy waits
   */
  Strike strike(DemoShop shop) throws InterruptedException;
}
