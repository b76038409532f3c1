package dev.errand.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other people buying at the same time: every tick they take their share of {@code perSecond}
 * tickets, carrying fractions over to the next tick, for as long as any stock is left.
 */
final class RivalBuyers implements Runnable {

  /** How often rivals buy. */
  static final Duration TICK = Duration.ofMillis(100);

  private static final Logger LOG = LoggerFactory.getLogger(RivalBuyers.class);

  private final Inventory inventory;
  private final double perTick;
  private double owed;

  RivalBuyers(Inventory inventory, double perSecond) {
    this.inventory = inventory;
    this.perTick = perSecond * TICK.toNanos() / 1e9;
  }

  @Override
  public void run() {
    try {
      owed += perTick;
      int wanted = (int) owed;
      if (wanted > 0) {
        owed -= wanted;
        inventory.takeForRival(wanted);
      }
    } catch (RuntimeException e) {
      // A failed tick must not cancel the schedule; say so and keep buying next tick.
      LOG.error("rival buyers tick failed", e);
    }
  }
}
