package dev.errand.cli;

import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.AttemptServices;
import dev.errand.attempt.Headless;
import dev.errand.attempt.WatchRunner;
import dev.errand.browser.Display;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.polite.Pacing;
import dev.errand.profile.ErrandHome;
import dev.errand.profile.Profile;
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

  /** Whether a run's browser is headless: the one policy, {@link Headless}, on this machine. */
  Headless headless(BrowserOptions options, Profile profile) {
    return Headless.decide(
        options.headless,
        profile.browser().headless(),
        Display.present(vars, System.getProperty("os.name")));
  }

  /** Runs attempts in Playwright's browsers, telling {@code console} what happens. */
  AttemptRunner attempts(Console console) {
    return new AttemptRunner(
        AttemptServices.system(
            vars,
            new PlaywrightLauncher(),
            console,
            (bell, siteClock, takeOver) -> new ConsoleListener(console, bell, siteClock, takeOver),
            Version.errand()));
  }

  /** Runs watches in Playwright's browsers, telling {@code console} what happens. */
  WatchRunner watches(Console console) {
    return new WatchRunner(
        AttemptServices.system(
            vars,
            new PlaywrightLauncher(),
            console,
            (bell, siteClock, takeOver) -> new ConsoleListener(console, bell, siteClock, takeOver),
            Version.errand()));
  }
}
