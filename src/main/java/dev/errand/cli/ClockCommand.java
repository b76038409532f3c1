package dev.errand.cli;

import dev.errand.polite.Pacing;
import dev.errand.timing.sync.ClockSync;
import dev.errand.timing.sync.ClockSyncException;
import dev.errand.timing.sync.SyncResult;
import dev.errand.timing.sync.SyncedSiteClock;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code errand clock URL}: how far the site's clock is from this machine's, to the millisecond.
 */
@Command(
    name = "clock",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Show how far a site's clock is from this machine's, to a few milliseconds.",
      "It reads the Date headers of a few HEAD requests: at most one a second, never more than 30,",
      "none while the site asks to be left alone (429/503 Retry-After)."
    })
final class ClockCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "The site, e.g. https://tickets.example.com/")
  URI url;

  @Option(
      names = "--probes",
      paramLabel = "N",
      defaultValue = "30",
      description = "At most this many requests (1..30, default ${DEFAULT-VALUE}).")
  int probes;

  private final Env env;

  ClockCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || url.getHost() == null) {
      throw new UserError(ExitCode.BAD_INPUT, "'" + url + "' is not an http(s) URL");
    }
    if (probes < 1 || probes > ClockSync.Options.MAX_PROBES) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--probes must be 1.." + ClockSync.Options.MAX_PROBES);
    }
    console.info(console.dim("reading the clock of " + url + " (about one request a second)…"));
    long t0 = System.nanoTime();
    SyncResult result;
    try {
      Pacing pacing = env.pacing.forSite(url);
      result =
          ClockSync.sync(
              url,
              ClockSync.Options.defaults().withPacing(pacing).withMaxProbes(probes),
              pacing.budget());
    } catch (ClockSyncException e) {
      // always made with a message
      throw new UserError(
          ExitCode.RUN_FAILED, Objects.requireNonNull(e.getMessage(), "the sync's failure"));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    SyncedSiteClock clock = new SyncedSiteClock(result);
    long ms = result.offset().toMillis();
    String direction =
        ms == 0
            ? "in step with this machine"
            : (ms > 0 ? "ahead of this machine" : "behind this machine");
    console.always(
        console.bold("site clock  ")
            + String.format("%+.3f s", result.offset().toNanos() / 1e9)
            + " ± "
            + String.format("%.1f ms", result.uncertainty().toNanos() / 1e6)
            + console.dim("  (" + direction + ")"));
    console.always(
        console.dim("interval    ")
            + result.bounds()
            + console.dim(
                String.format(
                    "  (the offset lies in it: errand waits %.1f ms past an instant, never early)",
                    result.uncertainty().toNanos() / 1e6)));
    console.always(console.dim("site time   ") + TIME.format(clock.now()));
    console.always(
        console.dim(
            String.format(
                "round trip  %.1f ms · %d probes to %s · %.1f s",
                result.medianRtt().toNanos() / 1e6,
                result.probes(),
                result.target(),
                took.toNanos() / 1e9)));
    result.warnings().forEach(console::warn);
    return result.consistent() ? ExitCode.OK : ExitCode.RUN_FAILED;
  }
}
