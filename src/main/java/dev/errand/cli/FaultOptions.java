package dev.errand.cli;

import dev.errand.bench.FaultBench;
import dev.errand.bench.FaultMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code errand bench --faults} and the options that go with it. */
final class FaultOptions {

  /** Runs per mode and strategy when {@code --runs} is not given. */
  static final int DEFAULT_RUNS = 3;

  static final int MAX_RUNS = 100;

  /** How soon each run's sale opens when not told: as {@code errand demo}'s. */
  static final Duration DEFAULT_RELEASE_IN = Duration.ofSeconds(15);

  /** How long a run may go on after its sale opened (and its waiting room) before it is stopped. */
  static final Duration RUN_MARGIN = Duration.ofMinutes(3);

  @Option(
      names = "--faults",
      arity = "0..1",
      fallbackValue = "all",
      paramLabel = "MODE[,MODE...]",
      description = {
        "Instead of the reaction drops: whole purchases on a",
        "misbehaving demo shop, errand beside the naive script,",
        "--runs times per mode (default: all modes):",
        "  overload  30%% of page loads fail (503, some as 200",
        "            error pages), 1 page load a second per IP",
        "            (429 and Retry-After beyond it)",
        "  late      the sale opens 0-2 s after its instant",
        "  queue     a waiting room of --queue-wait",
        "  consent   a cookie banner (OneTrust, Cookiebot,",
        "            Didomi, none)",
        "Prints per mode the share of runs that reached payment",
        "on the real payment page, Retry-After violations, page",
        "loads a second, retries and time to payment, as the",
        "shop saw them, and the targets."
      })
  @Nullable String faults;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "With --faults: runs per mode and strategy (default: " + DEFAULT_RUNS + ").")
  @Nullable Integer runs;

  @Option(
      names = "--queue-wait",
      paramLabel = "DURATION",
      description = "With --faults queue: the waiting room's wait (default: 2m, the target's).")
  @Nullable String queueWait;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = {
        "With --faults: seeds which page loads fail and how late",
        "drops open; the same seed, the same faults (default: a",
        "fresh one, printed)."
      })
  @Nullable Long seed;

  @Option(
      names = "--release-in",
      paramLabel = "DURATION",
      hidden = true,
      description = "With --faults: how soon each run's sale opens (default: 15s).")
  @Nullable String releaseIn;

  /** Whether {@code --faults} was given. */
  boolean on() {
    return faults != null;
  }

  /** The options given that only go with {@code --faults}. */
  List<String> givenWithoutFaults() {
    List<String> given = new ArrayList<>();
    if (runs != null) {
      given.add("--runs");
    }
    if (queueWait != null) {
      given.add("--queue-wait");
    }
    if (seed != null) {
      given.add("--seed");
    }
    if (releaseIn != null) {
      given.add("--release-in");
    }
    return given;
  }

  /**
   * The modes {@code --faults} names.
   *
   * @throws UserError when one is unknown
   */
  List<FaultMode> modes() {
    try {
      return FaultMode.parse(faults == null ? "all" : faults);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.BAD_INPUT, "--faults: " + e.getMessage());
    }
  }

  /**
   * The runs' settings.
   *
   * @throws UserError on a bad number or duration
   */
  FaultBench.Settings settings() {
    int n = runs == null ? DEFAULT_RUNS : runs;
    if (n < 1 || n > MAX_RUNS) {
      throw new UserError(ExitCode.BAD_INPUT, "--runs must be 1.." + MAX_RUNS + ", not " + n);
    }
    Duration wait =
        queueWait == null ? FaultMode.QUEUE_WAIT : DurationOptions.parse("--queue-wait", queueWait);
    if (wait.compareTo(Duration.ofHours(2)) > 0) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--queue-wait must be at most 2h, not '" + queueWait + "'");
    }
    Duration opensIn =
        releaseIn == null ? DEFAULT_RELEASE_IN : DurationOptions.parse("--release-in", releaseIn);
    long theSeed = seed != null ? seed : new SplittableRandom().nextInt(1_000_000);
    return new FaultBench.Settings(n, theSeed, opensIn, wait, RUN_MARGIN);
  }
}
