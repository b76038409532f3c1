package dev.errand.demo;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stock that comes back after the sale sold out, as on real shops: cancellations, each giving back
 * a few tickets after a random wait (exponentially distributed around a mean, drawn from a seeded
 * generator: the same seed, the same waits), and a daily restock at the release's time of day. The
 * tickets stay until someone buys them. Runs on the shop's scheduler and ends with it.
 */
final class Drops {

  private static final Logger LOG = LoggerFactory.getLogger(Drops.class);

  /** The shortest wait before a cancellation, so that two never come at once. */
  static final Duration SHORTEST = Duration.ofSeconds(1);

  private final Inventory inventory;
  private final ScheduledExecutorService scheduler;
  private final AtomicInteger cancellations = new AtomicInteger();
  private final AtomicInteger restocks = new AtomicInteger();

  Drops(Inventory inventory, ScheduledExecutorService scheduler) {
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** Cancellations of {@code tickets} tickets each, {@code mean} apart on average, from now. */
  void cancellations(Duration mean, long seed, int tickets) {
    if (mean.compareTo(SHORTEST) < 0 || tickets < 1) {
      throw new IllegalArgumentException(
          "cancellations need a mean of at least 1s and 1 ticket or more: "
              + mean
              + ", "
              + tickets);
    }
    nextCancellation(new Random(seed), mean, tickets);
  }

  // the scheduler is shut down with the shop: nothing waits on the future
  @SuppressWarnings("FutureReturnValueIgnored")
  private void nextCancellation(Random random, Duration mean, int tickets) {
    long wait = (long) (-Math.log(1 - random.nextDouble()) * mean.toNanos());
    long nanos = Math.max(SHORTEST.toNanos(), wait);
    scheduler.schedule(
        () -> {
          try {
            inventory.giveBack(tickets);
            cancellations.incrementAndGet();
            LOG.debug("a cancellation: {} tickets back", tickets);
          } catch (RuntimeException e) {
            LOG.error("cancellation failed", e);
          }
          nextCancellation(random, mean, tickets);
        },
        nanos,
        TimeUnit.NANOSECONDS);
  }

  /** Every {@code period} from {@code first} on, the stock comes back to {@code stock}. */
  @SuppressWarnings("FutureReturnValueIgnored")
  void restock(Duration first, Duration period, int stock) {
    scheduler.scheduleAtFixedRate(
        () -> {
          try {
            inventory.giveBack(Math.max(0, stock - inventory.available()));
            restocks.incrementAndGet();
          } catch (RuntimeException e) {
            LOG.error("restock failed", e);
          }
        },
        Math.max(0, first.toNanos()),
        period.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  int cancellations() {
    return cancellations.get();
  }

  int restocks() {
    return restocks.get();
  }
}
