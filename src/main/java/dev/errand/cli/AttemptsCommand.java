package dev.errand.cli;

import dev.errand.journal.AttemptsRoot;
import dev.errand.profile.ProfileException;
import dev.errand.profile.ProfileLoader;
import dev.errand.report.text.AttemptsTable;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code errand attempts}: every attempt in a table, newest first; subcommands go deeper. */
@Command(
    name = "attempts",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Review past attempts (a table, newest first; show, report, compare, prune, trace).",
      "'show' tells one as a timeline,",
      "'report' writes it as one HTML page, 'compare' sets two side by side, 'prune' deletes",
      "old ones and 'trace' opens a Playwright trace. ID is a folder name, a unique start of",
      "one, or 'latest'."
    },
    subcommands = {
      AttemptsShowCommand.class,
      AttemptsReportCommand.class,
      AttemptsCompareCommand.class,
      AttemptsPruneCommand.class,
      AttemptsTraceCommand.class
    })
final class AttemptsCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The attempts folder (default: the profile's attempts.dir, else ./attempts).")
  @Nullable Path dir;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description =
          "Profile whose attempts.dir to use (default: $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  private final Env env;

  AttemptsCommand(Env env) {
    this.env = env;
  }

  /** The attempts folder: {@code --dir}, else the profile's, else {@code ./attempts}. */
  AttemptsRoot root() {
    if (dir != null) {
      return new AttemptsRoot(env.workDir.resolve(dir));
    }
    try {
      Path configured =
          new ProfileLoader(env.profilesDir(), env.errandHome())
              .load(Profiles.name(env, profile))
              .attemptsDir();
      return new AttemptsRoot(env.workDir.resolve(configured));
    } catch (ProfileException e) {
      return new AttemptsRoot(env.workDir.resolve("attempts"));
    }
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    AttemptsRoot root = root();
    AttemptsRoot.Listing listing = root.list();
    if (listing.attempts().isEmpty()) {
      console.always(
          "no attempts in " + root.dir() + " yet; a run writes one there (try: errand demo)");
    } else {
      AttemptsTable.render(listing.attempts(), console, ZoneId.systemDefault())
          .forEach(console::always);
    }
    if (!listing.withoutJournal().isEmpty()) {
      console.info(
          console.dim(
              "not attempts (no journal.jsonl): " + String.join(", ", listing.withoutJournal())));
    }
    return ExitCode.OK;
  }
}
