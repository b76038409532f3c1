package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;

/**
 * A site clock that a background sync can improve while errand waits: it starts as one estimate
 * (often the local clock) and switches to a better one when it arrives. Thread-safe.
 */
public final class SwitchableSiteClock implements SiteClock {

  private volatile SiteClock current;

  public SwitchableSiteClock(SiteClock initial) {
    this.current = initial;
  }

  public void switchTo(SiteClock better) {
    current = better;
  }

  public SiteClock current() {
    return current;
  }

  @Override
  public Instant now() {
    return current.now();
  }

  @Override
  public Duration uncertainty() {
    return current.uncertainty();
  }

  @Override
  public Object estimate() {
    return current.estimate();
  }

  @Override
  public Instant at(Instant local) {
    return current.at(local);
  }

  @Override
  public String describe() {
    return current.describe();
  }
}
