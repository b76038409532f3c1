package dev.errand.run;

import java.time.Duration;

/**
 * The runner's knobs: the default step timeout and how long a handoff waits for the person when the
 * step does not say.
 */
public record RunSettings(Duration stepTimeout, Duration handoffTimeout) {

  public static final RunSettings DEFAULTS =
      new RunSettings(Duration.ofSeconds(10), Duration.ofMinutes(15));
}
