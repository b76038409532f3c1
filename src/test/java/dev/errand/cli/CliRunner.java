package dev.errand.cli;

import dev.errand.demo.DemoShop;
import dev.errand.polite.Pacing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real CLI entry point in-process and captures what it prints. */
public final class CliRunner {

  /** What one invocation printed and returned. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private final Path workDir;
  private final Map<String, String> vars = new HashMap<>();

  /**
   * In {@code workDir}, paced for the loopback demo shop ({@link Pacing#THIS_MACHINE}): a test that
   * proves errand's politeness asks for {@link #politePacing()}.
   */
  public CliRunner(Path workDir) {
    this.workDir = workDir;
    vars.put(Pacing.VARIABLE, "this-machine");
  }

  /** Paced as every real run is ({@link Pacing#POLITE}). */
  public CliRunner politePacing() {
    vars.remove(Pacing.VARIABLE);
    return this;
  }

  public CliRunner env(String name, String value) {
    vars.put(name, value);
    return this;
  }

  public Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Env env =
        new Env(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            vars,
            workDir,
            false);
    int code = Cli.run(env, args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * {@code errand run RECIPE} against {@code shop} at its release, with nobody to take over ({@code
   * --handoff-ends-run}), journalling under {@code attempts}; {@code extra} options after.
   */
  public Result runAgainst(DemoShop shop, String recipe, Path attempts, String... extra) {
    return run(runArgs(shop, recipe, attempts, extra).toArray(new String[0]));
  }

  /**
   * The arguments of {@link #runAgainst}, for a test that starts errand in a process of its own.
   */
  static List<String> runArgs(DemoShop shop, String recipe, Path attempts, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                recipe,
                "--site",
                shop.url().toString(),
                "--at",
                shop.releaseAt().toString(),
                "--attempts",
                attempts.toString(),
                "--handoff-ends-run"));
    args.addAll(List.of(extra));
    return args;
  }
}
