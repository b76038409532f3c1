package dev.errand.cli;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How the demo shop's stock comes back after it sold out, for trying {@code errand watch}: by
 * cancellations at random times, or every day at a release time. The defaults change nothing.
 */
final class DropOptions {

  /** Tickets each cancellation gives back. */
  static final int TICKETS_PER_CANCELLATION = 2;

  @Option(
      names = "--cancellations",
      description = {
        "The sale is open (now) and sold out; tickets come back by cancellation at random times",
        "(2 at a time, no rival buyers), about --cancellation-every apart."
      })
  boolean cancellations;

  @Option(
      names = "--cancellation-every",
      paramLabel = "DURATION",
      defaultValue = "2m",
      description = "The mean time between two cancellations (default: ${DEFAULT-VALUE}).")
  String cancellationEvery;

  @Option(
      names = "--cancellation-seed",
      paramLabel = "N",
      description = "Seed the cancellations' times: the same seed, the same times.")
  @Nullable Long cancellationSeed;

  @Option(
      names = "--daily-release",
      paramLabel = "HH:MM",
      description = {
        "The sale opens at the next HH:MM (this machine's zone, or --release-zone) and the",
        "stock comes back to --stock at that time every day after (overrides --release-in)."
      })
  @Nullable String dailyRelease;

  @Option(
      names = "--release-zone",
      paramLabel = "ZONE",
      description = "The zone of --daily-release (default: this machine's).")
  @Nullable String releaseZone;

  /** The release instant of {@code --daily-release}; empty without it. */
  Optional<Instant> dailyReleaseAt(Clock clock) {
    if (dailyRelease == null) {
      return Optional.empty();
    }
    LocalTime at;
    try {
      at = LocalTime.parse(dailyRelease.length() == 4 ? "0" + dailyRelease : dailyRelease);
    } catch (DateTimeParseException e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--daily-release: '" + dailyRelease + "' is not a time of day (HH:MM, 00:00 to 23:59)");
    }
    ZoneId zone;
    try {
      zone = releaseZone == null ? ZoneId.systemDefault() : ZoneId.of(releaseZone);
    } catch (java.time.DateTimeException e) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--release-zone: unknown time zone '" + releaseZone + "'");
    }
    ZonedDateTime now = clock.instant().atZone(zone);
    ZonedDateTime next = ZonedDateTime.of(now.toLocalDate(), at, zone);
    if (!next.isAfter(now)) {
      next = ZonedDateTime.of(now.toLocalDate().plusDays(1), at, zone);
    }
    return Optional.of(next.toInstant());
  }

  /** {@code config} as these options change it before the shop starts. */
  DemoShopConfig applyTo(DemoShopConfig config) {
    // the sale opened already, and sold out
    return cancellations
        ? config.withReleaseAt(Instant.now()).withStock(0).withoutRivals()
        : config;
  }

  /** Starts what these options schedule on the started {@code shop}. */
  void start(DemoShop shop) {
    if (cancellations) {
      Duration mean = DurationOptions.parse("--cancellation-every", cancellationEvery);
      if (mean.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new UserError(ExitCode.BAD_INPUT, "--cancellation-every: at least 1s");
      }
      long seed = cancellationSeed != null ? cancellationSeed : System.nanoTime();
      shop.cancellations(mean, seed, TICKETS_PER_CANCELLATION);
    }
    if (dailyRelease != null) {
      shop.restockDaily();
    }
  }

  /** One line about the drops, when there are any. */
  Optional<String> describe() {
    if (cancellations) {
      return Optional.of(
          "sold out; cancellations bring "
              + TICKETS_PER_CANCELLATION
              + " tickets back about every "
              + cancellationEvery
              + (cancellationSeed != null ? " (seed " + cancellationSeed + ")" : ""));
    }
    return dailyRelease == null
        ? Optional.empty()
        : Optional.of("the stock comes back every day at " + dailyRelease);
  }
}
