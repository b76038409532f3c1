package dev.errand.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How long errand stays in a waiting room: the option {@code run} and {@code demo} share. */
final class QueueOptions {

  @Option(
      names = "--queue-timeout",
      paramLabel = "DURATION",
      defaultValue = "2h",
      description =
          "How long errand stays in a waiting room (\"you are in line, do not refresh\")"
              + " before it gives up; step timeouts do not run there (default:"
              + " ${DEFAULT-VALUE}).")
  String queueTimeout;

  /** The queue timeout; bad input names the option. */
  Duration queueTimeout() {
    return DurationOptions.parse("--queue-timeout", queueTimeout);
  }
}
