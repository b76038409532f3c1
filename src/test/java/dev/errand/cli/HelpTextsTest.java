package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's and subcommand's {@code --help}, found by walking picocli's command tree (so a
 * command added later is covered too), renders with every text filled in: no "null" where a
 * description, a default or a variable should be.
 */
class HelpTextsTest {

  private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void everyCommandsHelpHasEveryTextFilledIn() {
    List<List<String>> paths = new ArrayList<>();
    walk(tree(), new ArrayList<>(), paths);
    assertTrue(paths.size() > 10, "the walk found the subcommands: " + paths);
    List<String> bad = new ArrayList<>();
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CliRunner.Result r = cli.run(args.toArray(new String[0]));
      String shown = "errand " + String.join(" ", path) + " --help";
      assertEquals(0, r.exitCode(), shown + ": " + r);
      assertTrue(r.out().contains("Usage: errand"), shown + ": " + r.out());
      for (String line : r.out().split("\n")) {
        if (NULL_WORD.matcher(line).find()) {
          bad.add(shown + ": " + line.strip());
        }
      }
    }
    assertEquals(List.of(), bad, "help lines with 'null'");
  }

  @Test
  void validatesProfileOptionNamesItsVariables() {
    CliRunner.Result r = cli.run("validate", "--help");
    assertTrue(r.out().contains("${profile.…}"), r.out());
    assertFalse(r.out().contains("Check null"), r.out());
  }

  /** The command tree as Cli.run builds it. */
  private static CommandLine tree() {
    Env env =
        new Env(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            Path.of("").toAbsolutePath(),
            false);
    return new CommandLine(
        new ErrandCommand(env),
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            try {
              return type.getDeclaredConstructor(Env.class).newInstance(env);
            } catch (NoSuchMethodException e) {
              return CommandLine.defaultFactory().create(type);
            }
          }
        });
  }

  private static void walk(CommandLine cmd, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    for (Map.Entry<String, CommandLine> sub : cmd.getSubcommands().entrySet()) {
      if (!sub.getValue().getCommandName().equals(sub.getKey())) {
        continue; // an alias: the command itself is walked under its name
      }
      List<String> next = new ArrayList<>(path);
      next.add(sub.getKey());
      walk(sub.getValue(), next, out);
    }
  }
}
