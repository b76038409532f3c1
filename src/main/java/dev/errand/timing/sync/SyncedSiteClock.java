package dev.errand.timing.sync;

import dev.errand.timing.SiteClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The site's clock as a sync measured it: the local clock plus the offset, with the sync's
 * uncertainty (so {@link dev.errand.timing.ReleaseWaiter} fires no earlier than the release on any
 * clock the sync allows). It reads the local wall clock each time, so a laptop's sleep does not
 * stall it; a sync gets stale over hours as clocks drift: re-sync shortly before a sale.
 */
public final class SyncedSiteClock implements SiteClock {

  private final SyncResult result;
  private final Clock local;

  /** The site's clock per {@code result}, on the system clock. */
  public SyncedSiteClock(SyncResult result) {
    this(result, Clock.systemUTC());
  }

  /** The site's clock per {@code result}, on {@code local}. */
  public SyncedSiteClock(SyncResult result, Clock local) {
    this.result = Objects.requireNonNull(result, "result");
    this.local = Objects.requireNonNull(local, "local");
  }

  @Override
  public Instant now() {
    return local.instant().plus(result.offset());
  }

  @Override
  public Duration uncertainty() {
    return result.uncertainty();
  }

  @Override
  public Instant at(Instant localInstant) {
    return localInstant.plus(result.offset());
  }

  /** E.g. {@code site clock: local +1.234 s ±2 ms (14 probes, RTT 0.4 ms)}. */
  @Override
  public String describe() {
    return "site clock: " + result.summary();
  }

  /** The sync behind this clock. */
  public SyncResult result() {
    return result;
  }
}
