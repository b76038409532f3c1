package dev.errand.cli;

import dev.errand.journal.AttemptPruner;
import dev.errand.journal.AttemptsRoot;
import dev.errand.timing.DurationParseException;
import dev.errand.timing.DurationParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code errand attempts prune --older-than 30d}: delete old attempt folders. */
@Command(
    name = "prune",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Delete attempt folders whose run started longer ago than --older-than. Folders without",
      "a journal are left alone and listed."
    })
final class AttemptsPruneCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AttemptsCommand parent;

  @Option(
      names = "--older-than",
      required = true,
      paramLabel = "AGE",
      description = "Age by the run's start: 30d, 2w, 12h, 90m.")
  String olderThan;

  @Option(names = "--dry-run", description = "Only say what would be deleted.")
  boolean dryRun;

  private final Env env;
  private final Clock clock;

  AttemptsPruneCommand(Env env) {
    this(env, Clock.systemUTC());
  }

  AttemptsPruneCommand(Env env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  /** {@code 30d}, {@code 2w}, {@code 12h}: errand's one duration grammar. */
  static Duration age(String text) {
    try {
      return DurationParser.parse(text);
    } catch (DurationParseException e) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--older-than: " + e.getMessage() + " (days: 30d, weeks: 2w)");
    }
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Duration age = age(olderThan);
    AttemptsRoot root = parent.root();
    if (!root.exists()) {
      console.always("no attempts folder " + root.dir() + ": nothing to prune");
      return ExitCode.OK;
    }
    Instant cutoff = clock.instant().minus(age);
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    AttemptPruner.Result result = AttemptPruner.prune(root, cutoff, dryRun);
    for (AttemptPruner.Pruned p : result.pruned()) {
      console.info(
          (dryRun ? "would delete " : "deleted ")
              + p.id()
              + console.dim("  (started " + when.format(p.started()) + ")"));
    }
    int n = result.pruned().size();
    console.always(
        (dryRun ? "would delete " : "deleted ")
            + n
            + (n == 1 ? " attempt" : " attempts")
            + " started before "
            + when.format(cutoff)
            + " (older than "
            + olderThan
            + "); kept "
            + result.kept()
            + (dryRun ? " — dry run, nothing deleted" : ""));
    if (!result.leftAlone().isEmpty()) {
      console.always(
          console.yellow("left alone")
              + " (no journal to date them): "
              + String.join(", ", result.leftAlone()));
    }
    result.failed().forEach(f -> console.error("errand: could not delete " + f));
    return result.failed().isEmpty() ? ExitCode.OK : ExitCode.RUN_FAILED;
  }
}
