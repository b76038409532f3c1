package dev.errand.cli;

import dev.errand.polite.Pacing;
import dev.errand.profile.ErrandHome;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * One invocation's surroundings: its streams, environment variables and working directory. Commands
 * receive it instead of reaching for globals, so tests can run the CLI in-process.
 */
final class Env {

  final PrintStream out;
  final PrintStream err;
  final InputStream in;
  final Map<String, String> vars;
  final Path workDir;
  final boolean terminal;

  /** How runs pace themselves on a site on this machine: read once from {@code vars}. */
  final Pacing pacing;

  Env(
      PrintStream out,
      PrintStream err,
      InputStream in,
      Map<String, String> vars,
      Path workDir,
      boolean terminal) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.vars = Map.copyOf(vars);
    this.workDir = workDir;
    this.terminal = terminal;
    this.pacing = Pacing.from(vars);
  }

  Console console(CommonOptions options) {
    boolean colour = terminal && !vars.containsKey("NO_COLOR");
    return new Console(out, err, options.verbosity(), colour);
  }

  /** {@code $ERRAND_PROFILES}, else {@code profiles/} in the working directory. */
  Path profilesDir() {
    String dir = vars.get("ERRAND_PROFILES");
    return dir != null && !dir.isBlank() ? Path.of(dir) : workDir.resolve("profiles");
  }

  Path errandHome() {
    return ErrandHome.locate(
        vars, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
  }
}
