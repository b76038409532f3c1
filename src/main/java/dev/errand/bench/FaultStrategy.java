package dev.errand.bench;

import dev.errand.demo.DemoShop;

/**
 * One way of buying in {@code errand bench --faults}: the whole purchase, from the event page to
 * the payment page, run once per run against a fresh demo shop whose sale opens soon.
 */
public interface FaultStrategy {

  /** A short name for tables and JSON: {@code errand}, {@code naive}. */
  String name();

  /**
   * Buys on {@code shop} until payment (never paying) or until it gives up, and says how it ended.
   * The bench runs it on a thread of its own and may interrupt it when its time is up.
   *
   * @throws InterruptedException when interrupted while it waits
   */
  FaultEnding purchase(DemoShop shop) throws InterruptedException;
}
