package dev.errand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.journal.Journal;
import dev.errand.timing.SiteClock;
import dev.errand.timing.SwitchableSiteClock;
import dev.errand.timing.sync.ClockSync;
import dev.errand.timing.sync.ClockSyncException;
import dev.errand.timing.sync.Sample;
import dev.errand.timing.sync.SyncResult;
import dev.errand.timing.sync.SyncedSiteClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Knows the site's clock for one run: it reads it in the background while the browser arms,
 * re-reads it once about 40 s before the release, and never probes in the last seconds. Until a
 * reading arrives (or when the site's clock can't be read) errand uses this machine's clock and
 * says so loudly.
 */
final class SiteClockKeeper implements AutoCloseable {

  /** No probe may be planned to run this close to the release instant. */
  static final Duration QUIET_BEFORE_RELEASE = Duration.ofSeconds(8);

  static final Duration RESYNC_BEFORE = Duration.ofSeconds(40);

  private final URI site;
  private final Console console;
  private final Journal journal;
  private final Clock wall;
  private final SwitchableSiteClock clock = new SwitchableSiteClock(SiteClock.local());
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "errand-clock-sync");
            t.setDaemon(true);
            return t;
          });

  SiteClockKeeper(URI site, Console console, Journal journal, Clock wall) {
    this.site = site;
    this.console = console;
    this.journal = journal;
    this.wall = wall;
  }

  SwitchableSiteClock clock() {
    return clock;
  }

  /** How many probes fit before the quiet time ahead of {@code release} (about one a second). */
  static int probesFor(Duration untilRelease) {
    long seconds = untilRelease.minus(QUIET_BEFORE_RELEASE).toSeconds();
    return (int) Math.max(0, Math.min(ClockSync.Options.MAX_PROBES, seconds));
  }

  /** Reads the site's clock now, in the background, and again shortly before the release. */
  void start(Instant release) {
    worker.submit(() -> syncOnce(release, "arm"));
    Duration untilResync = Duration.between(wall.instant(), release.minus(RESYNC_BEFORE));
    if (untilResync.compareTo(Duration.ofSeconds(30)) > 0) {
      worker.submit(
          () -> {
            try {
              Thread.sleep(
                  Duration.between(wall.instant(), release.minus(RESYNC_BEFORE)).toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            syncOnce(release, "re-sync");
          });
    }
  }

  private void syncOnce(Instant release, String why) {
    int probes = probesFor(Duration.between(wall.instant(), release));
    if (probes < 3) {
      console.warn(
          "too close to the release to read the site's clock; using this machine's clock ("
              + why
              + ")");
      journal.append(syncFailed(why, "too close to the release to probe"));
      return;
    }
    try {
      SyncResult result = ClockSync.sync(site, ClockSync.Options.defaults().withMaxProbes(probes));
      SyncedSiteClock synced = new SyncedSiteClock(result);
      clock.switchTo(synced);
      journal.append(syncEvent(why, result));
      console.info(console.dim("  ⌚ " + why + ": " + synced.describe()));
      for (String w : result.warnings()) {
        // disagreeing clocks or a CDN edge change what errand acts on: say it loudly
        if (!result.consistent() || w.contains("CDN")) {
          console.warn("site clock: " + w);
        } else {
          console.detail("  site clock: " + w);
        }
      }
    } catch (ClockSyncException e) {
      console.warn(
          "could not read the site's clock ("
              + e.getMessage()
              + "): errand uses this machine's clock, which may be seconds off the site's");
      journal.append(syncFailed(why, e.getMessage()));
    } catch (RuntimeException e) {
      console.warn("reading the site's clock failed: " + e + "; using this machine's clock");
      journal.append(syncFailed(why, e.toString()));
    }
  }

  private ObjectNode syncFailed(String why, String message) {
    ObjectNode e = journal.event("clock-sync");
    e.put("phase", why);
    e.put("ok", false);
    e.put("message", message);
    e.put("fallback", SiteClock.local().describe());
    return e;
  }

  private ObjectNode syncEvent(String why, SyncResult r) {
    ObjectNode e = journal.event("clock-sync");
    e.put("phase", why);
    e.put("ok", true);
    e.put("site", r.site().toString());
    e.put("offsetMs", r.offset().toNanos() / 1e6);
    e.put("uncertaintyMs", r.uncertainty().toNanos() / 1e6);
    e.put("rttMs", r.medianRtt().toNanos() / 1e6);
    e.put("probes", r.probes());
    e.put("consistent", r.consistent());
    if (!r.consistent()) {
      e.put("inconsistency", r.inconsistency());
    }
    ArrayNode warnings = e.putArray("warnings");
    r.warnings().forEach(warnings::add);
    ArrayNode samples = e.putArray("samples");
    for (Sample s : r.samples()) {
      samples.add(Journal.json().valueToTree(s));
    }
    return e;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
