package dev.errand.demo;

/** The tickets not yet held or sold. Thread-safe. */
final class Inventory {

  private int available;
  private int takenByRivals;

  Inventory(int stock) {
    if (stock < 0) {
      throw new IllegalArgumentException("stock must not be negative: " + stock);
    }
    this.available = stock;
  }

  synchronized int available() {
    return available;
  }

  synchronized int takenByRivals() {
    return takenByRivals;
  }

  /** Takes exactly {@code count} tickets, or none if fewer are left. */
  synchronized boolean take(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    if (count > available) {
      return false;
    }
    available -= count;
    return true;
  }

  /** Puts back tickets whose hold ended. */
  synchronized void giveBack(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    available += count;
  }

  /** A rival buyer takes as many as it can, up to {@code count}; returns how many it got. */
  synchronized int takeForRival(int count) {
    int taken = Math.min(Math.max(count, 0), available);
    available -= taken;
    takenByRivals += taken;
    return taken;
  }
}
