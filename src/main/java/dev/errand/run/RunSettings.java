package dev.errand.run;

import java.time.Duration;

/**
 * The runner's knobs: the default step timeout, how long a handoff waits for the person when the
 * step does not say, and how long errand waits in a waiting room before it gives up (step timeouts
 * do not count there).
 */
public record RunSettings(Duration stepTimeout, Duration handoffTimeout, Duration queueTimeout) {

  /** How long errand stays in a waiting room by default. */
  public static final Duration QUEUE_TIMEOUT = Duration.ofHours(2);

  public static final RunSettings DEFAULTS =
      new RunSettings(Duration.ofSeconds(10), Duration.ofMinutes(15));

  /** Settings with the default {@link #QUEUE_TIMEOUT}. */
  public RunSettings(Duration stepTimeout, Duration handoffTimeout) {
    this(stepTimeout, handoffTimeout, QUEUE_TIMEOUT);
  }

  /** These settings with another queue timeout. */
  public RunSettings withQueueTimeout(Duration timeout) {
    return new RunSettings(stepTimeout, handoffTimeout, timeout);
  }
}
