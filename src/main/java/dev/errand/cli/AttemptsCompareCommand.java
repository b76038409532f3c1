package dev.errand.cli;

import dev.errand.journal.AttemptComparison;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.AttemptsRoot;
import dev.errand.report.text.AttemptsCompareView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code errand attempts compare A B}: two runs of one recipe, step by step. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Two attempts of the same recipe side by side: each step's duration in both and the",
      "difference, then where the time went differently, biggest first."
    })
final class AttemptsCompareCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AttemptsCommand parent;

  @Parameters(index = "0", paramLabel = "A", description = "The first attempt (id or 'latest').")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second attempt (id or 'latest').")
  String b;

  @Option(names = "--force", description = "Compare even when the recipes differ.")
  boolean force;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description = "How many of the biggest differences to name (default: ${DEFAULT-VALUE}).")
  int top;

  private final Env env;

  AttemptsCompareCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    AttemptsRoot root = parent.root();
    AttemptRecord first = AttemptsFinder.find(root, a);
    AttemptRecord second = AttemptsFinder.find(root, b);
    if (!AttemptComparison.sameRecipe(first, second) && !force) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "these attempts ran different recipes ("
              + describe(first)
              + " vs "
              + describe(second)
              + "); compare them anyway with --force");
    }
    AttemptsCompareView.render(AttemptComparison.of(first, second), console, Math.max(0, top))
        .forEach(console::always);
    return ExitCode.OK;
  }

  private static String describe(AttemptRecord r) {
    return "'" + r.facts().recipeName() + "' sha " + r.facts().shortSha();
  }
}
