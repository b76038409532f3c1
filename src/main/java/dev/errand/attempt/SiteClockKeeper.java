package dev.errand.attempt;

import dev.errand.journal.Journal;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.timing.SiteClock;
import dev.errand.timing.Sleeper;
import dev.errand.timing.SwitchableSiteClock;
import dev.errand.timing.sync.ClockSync;
import dev.errand.timing.sync.ClockSyncException;
import dev.errand.timing.sync.SyncResult;
import dev.errand.timing.sync.SyncedSiteClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Knows the site's clock for one run: it reads it in the background while the browser arms,
 * re-reads it once about 40 s before the release, and never probes in the last seconds; every probe
 * takes its turn in the run's request budget, shared with the browser. Until a reading arrives
 * errand uses this machine's clock; when the site's clock can't be read politely, errand says so
 * loudly and goes by this machine's clock with a margin of {@link #UNSYNCED_MARGIN} (a re-sync that
 * fails keeps the reading before it).
 */
final class SiteClockKeeper implements AutoCloseable {

  /** No probe may be planned to run this close to the release instant (unless paced otherwise). */
  static final Duration QUIET_BEFORE_RELEASE = Pacing.POLITE.quietBeforeRelease();

  static final Duration RESYNC_BEFORE = Duration.ofSeconds(40);

  /**
   * The never-early margin on this machine's clock when the site's could not be read: a machine and
   * a shop both kept on time by NTP are rarely further apart.
   */
  static final Duration UNSYNCED_MARGIN = Duration.ofSeconds(1);

  private final URI site;
  private final Narration console;
  private final Journal journal;
  private final Clock wall;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final RequestBudget budget;
  private final Pacing pacing;
  private volatile boolean synced;
  private final SwitchableSiteClock clock = new SwitchableSiteClock(SiteClock.local());
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "errand-clock-sync");
            t.setDaemon(true);
            return t;
          });

  /**
   * Paced as {@code pacing} says for {@code site} (its spacing and quiet time before a release).
   */
  SiteClockKeeper(
      URI site,
      Narration console,
      Journal journal,
      Clock wall,
      LongSupplier nanoTime,
      Sleeper sleeper,
      RequestBudget budget,
      Pacing pacing) {
    this.nanoTime = nanoTime;
    this.pacing = pacing.forSite(site);
    this.site = site;
    this.console = console;
    this.journal = journal;
    this.wall = wall;
    this.sleeper = sleeper;
    this.budget = budget;
  }

  SwitchableSiteClock clock() {
    return clock;
  }

  /** How many probes fit before the quiet time ahead of {@code release} (one a second at most). */
  static int probesFor(Duration untilRelease) {
    return probesFor(untilRelease, QUIET_BEFORE_RELEASE);
  }

  private static int probesFor(Duration untilRelease, Duration quiet) {
    long seconds = untilRelease.minus(quiet).toSeconds();
    return (int) Math.max(0, Math.min(ClockSync.Options.MAX_PROBES, seconds));
  }

  /** Reads the site's clock now, in the background, and again shortly before the release. */
  // fire and forget: syncOnce catches its own failures and close() stops the worker
  @SuppressWarnings("FutureReturnValueIgnored")
  void start(Instant release) {
    // until a reading arrives, never early by a clock that may be a little off
    clock.switchTo(SiteClock.localWithMargin(UNSYNCED_MARGIN, "the site's is being read"));
    worker.submit(() -> syncOnce(release, "arm"));
    Duration untilResync = Duration.between(wall.instant(), release.minus(RESYNC_BEFORE));
    if (untilResync.compareTo(Duration.ofSeconds(30)) > 0) {
      worker.submit(
          () -> {
            try {
              Duration wait = Duration.between(wall.instant(), release.minus(RESYNC_BEFORE));
              sleeper.sleepUntil(nanoTime.getAsLong() + wait.toNanos());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            syncOnce(release, "re-sync");
          });
    }
  }

  private void syncOnce(Instant release, String why) {
    Duration untilRelease = Duration.between(wall.instant(), release);
    int probes = probesFor(untilRelease, pacing.quietBeforeRelease());
    if (probes < 3) {
      fallBack(why, "too close to the release to probe");
      return;
    }
    try {
      SyncResult result =
          ClockSync.sync(
              site,
              ClockSync.Options.defaults()
                  .withPacing(pacing)
                  .withMaxProbes(probes)
                  .withTimeLimit(untilRelease.minus(pacing.quietBeforeRelease())),
              budget);
      SyncedSiteClock synced = new SyncedSiteClock(result);
      clock.switchTo(synced);
      this.synced = true;
      journal.append(syncEvent(why, result));
      console.info(console.dim("  ⌚ " + why + ": " + synced.describe()));
      for (String w : result.warnings()) {
        // what changes when errand acts (disagreeing clocks, a CDN edge, a wide margin, a sync
        // cut short) is said loudly
        if (!result.consistent()
            || w.contains("CDN")
            || w.contains("known only to")
            || (w.contains("stopped early") && !w.contains("out of time"))) {
          console.warn("site clock: " + w);
        } else {
          console.detail("  site clock: " + w);
        }
      }
    } catch (ClockSyncException e) {
      fallBack(why, e.getMessage());
    } catch (RuntimeException e) {
      fallBack(why, e.toString());
    }
  }

  /**
   * A sync that could not be done: the reading before it stays, else this machine's clock with a
   * margin of {@link #UNSYNCED_MARGIN}; either way said on the console and in the journal.
   */
  private void fallBack(String why, @Nullable String message) {
    SiteClock fallback =
        synced
            ? clock.current()
            : SiteClock.localWithMargin(UNSYNCED_MARGIN, "the site's could not be read");
    if (!synced) {
      clock.switchTo(fallback);
    }
    console.warn(
        "could not read the site's clock ("
            + why
            + ": "
            + message
            + "): errand goes by "
            + fallback.describe());
    journal.append(
        JournalEvent.ClockSync.failed(
            journal.now(),
            why,
            message,
            fallback.describe(),
            fallback.uncertainty().toNanos() / 1e6));
  }

  private JournalEvent syncEvent(String why, SyncResult r) {
    return JournalEvent.ClockSync.synced(
        journal.now(),
        why,
        r.site().toString(),
        r.offset().toNanos() / 1e6,
        r.uncertainty().toNanos() / 1e6,
        r.medianRtt().toNanos() / 1e6,
        r.probes(),
        r.target(),
        r.consistent(),
        r.inconsistency(),
        r.warnings(),
        r.samples());
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
