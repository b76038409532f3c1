package dev.errand.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A site clock that a background sync can improve while errand waits: it starts as one estimate
 * (often the local clock) and switches to a better one when it arrives. Thread-safe.
 */
public final class SwitchableSiteClock implements SiteClock {

  private final AtomicReference<SiteClock> current;

  public SwitchableSiteClock(SiteClock initial) {
    this.current = new AtomicReference<>(initial);
  }

  public void switchTo(SiteClock better) {
    current.set(better);
  }

  public SiteClock current() {
    return current.get();
  }

  @Override
  public Instant now() {
    return current.get().now();
  }

  @Override
  public Duration uncertainty() {
    return current.get().uncertainty();
  }

  @Override
  public Object estimate() {
    return current.get().estimate();
  }

  @Override
  public Instant at(Instant local) {
    return current.get().at(local);
  }

  @Override
  public String describe() {
    return current.get().describe();
  }
}
