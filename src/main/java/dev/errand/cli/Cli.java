package dev.errand.cli;

import dev.errand.attempt.AttemptException;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.ProfileInUseException;
import dev.errand.profile.ProfileException;
import dev.errand.recipe.parse.RecipeException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * The testable entry point: {@link #run} parses the command line, runs a command and returns its
 * exit code. Every error goes through one funnel: one clear line per problem, a stack trace only
 * with {@code --debug}.
 */
public final class Cli {

  private Cli() {}

  // errand runs on Java 17, where System.console() is null when there is no terminal
  @SuppressWarnings("SystemConsoleNull")
  public static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
    Env env =
        new Env(
            out,
            err,
            in,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            System.console() != null && out == System.out);
    return run(env, args);
  }

  static int run(Env env, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new ErrandCommand(env), factory(env));
    cli.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(env.out, StandardCharsets.UTF_8), true));
    cli.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(env.err, StandardCharsets.UTF_8), true));
    exitCodeSection(cli);
    cli.getSubcommands().values().forEach(Cli::exitCodeSection);
    cli.setParameterExceptionHandler(Cli::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> funnel(e, commandLine.getErr(), debug));
    return cli.execute(args);
  }

  /** Sets log levels before the first logger exists; {@code --debug} turns on debug logs. */
  public static void configureLogging(String... args) {
    String level = Arrays.asList(args).contains("--debug") ? "debug" : "warn";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
  }

  private static void exitCodeSection(CommandLine cli) {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String line : ExitCode.helpList()) {
      int colon = line.indexOf(':');
      codes.put(String.format("%3s", line.substring(0, colon)), line.substring(colon + 1));
    }
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("errand: " + JavaNames.strip(String.valueOf(e.getMessage())));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** The one error funnel: exceptions become lines and an exit code. */
  static int funnel(Exception e, PrintWriter err, boolean debug) {
    int code;
    if (e instanceof UserError u) {
      u.lines().forEach(err::println);
      code = u.exitCode();
    } else if (e instanceof AttemptException a) {
      err.println("errand: " + e.getMessage());
      code = exitCode(a.kind());
    } else if (e instanceof RecipeException r) {
      r.diagnostics()
          .forEach(d -> err.println(r.sourceText().map(d::formatWithCaret).orElse(d.format())));
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof ProfileException p) {
      p.problems().forEach(err::println);
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof ProfileInUseException) {
      err.println("errand: " + e.getMessage());
      code = ExitCode.PROFILE_IN_USE;
    } else if (e instanceof BrowserUnavailableException) {
      err.println("errand: " + e.getMessage());
      err.println("Run 'errand doctor' to see what errand looked for.");
      code = ExitCode.NO_BROWSER;
    } else {
      err.println(
          "errand: internal error: "
              + JavaNames.said(e)
              + (debug ? "" : " (run again with --debug for details)"));
      code = ExitCode.INTERNAL;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static int exitCode(AttemptException.Kind kind) {
    return switch (kind) {
      case NO_BROWSER -> ExitCode.NO_BROWSER;
      case ABORTED -> ExitCode.ABORTED;
      case SITE_BUSY -> ExitCode.SITE_BUSY;
      default -> ExitCode.BAD_INPUT;
    };
  }

  private static IFactory factory(Env env) {
    IFactory fallback = CommandLine.defaultFactory();
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        try {
          return type.getDeclaredConstructor(Env.class).newInstance(env);
        } catch (NoSuchMethodException e) {
          return fallback.create(type);
        }
      }
    };
  }
}
