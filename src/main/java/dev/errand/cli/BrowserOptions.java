package dev.errand.cli;

import dev.errand.handoff.RemoteHandoff;
import dev.errand.profile.Profile;
import java.util.Map;
import java.util.Optional;
import java.util.Stack;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --browser}, {@code --headless} and {@code --remote-handoff}: which browser a run starts,
 * and how a person reaches it. Shared by the commands that run a recipe ({@code run}, {@code
 * demo}), so they mean the same in both.
 */
final class BrowserOptions {

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Browser executable or channel (chrome, msedge, chromium).")
  @Nullable String browser;

  @Option(
      names = "--headless",
      description =
          "No browser window, even with a display: a person can then take over at a handoff only"
              + " with --remote-handoff.")
  boolean headless;

  @Option(
      names = "--remote-handoff",
      arity = "0..1",
      preprocessor = OptionalPort.class,
      paramLabel = "PORT",
      description =
          "Let a person take over a browser without a window: Chrome remote debugging on"
              + " 127.0.0.1:PORT only (default 9222; 0: any free port). At a handoff, open"
              + " chrome://inspect in Chrome on this machine, or forward the port over SSH."
              + " Default: the profile's handoff.remote-port.")
  @Nullable Integer remoteHandoff;

  /** The browser to start: {@code --browser}, else the profile's. */
  String browserSetting(Profile profile) {
    return browser != null ? browser : profile.browser().executable();
  }

  /** Whether {@code --remote-handoff} was given. */
  boolean remoteAsked() {
    return remoteHandoff != null;
  }

  /**
   * Remote debugging for the person: {@code --remote-handoff}, checked, else the profile's {@code
   * handoff.remote-port}; empty for neither.
   */
  Optional<RemoteHandoff> remote(Profile profile) {
    if (remoteHandoff != null) {
      if (remoteHandoff < 0 || remoteHandoff > 65_535) {
        throw new UserError(
            ExitCode.BAD_INPUT,
            "--remote-handoff: a port is 1..65535 (or 0 for any free one), got " + remoteHandoff);
      }
      return Optional.of(new RemoteHandoff(remoteHandoff));
    }
    return profile.remoteHandoffPort().isPresent()
        ? Optional.of(new RemoteHandoff(profile.remoteHandoffPort().getAsInt()))
        : Optional.empty();
  }

  /**
   * {@code --remote-handoff} alone means port 9222: the next argument is its port only when it is a
   * number, so {@code --remote-handoff recipe.yaml} keeps the recipe.
   */
  static final class OptionalPort implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
      boolean attached = !" ".equals(info.get("separator"));
      if (!attached && (args.isEmpty() || !args.peek().matches("\\d+"))) {
        args.push(String.valueOf(RemoteHandoff.DEFAULT_PORT));
      }
      return false; // picocli goes on to read the value
    }
  }
}
