package dev.errand.cli;

import dev.errand.profile.PersonKeyHints;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileException;
import dev.errand.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code errand profile check}: every problem in a profile, with its line. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Check a profile: unknown keys (with a did-you-mean) and values of the wrong kind,",
      "each with its file and line. 'errand profile keys' lists what a profile may say."
    })
final class ProfileCheckCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "The profile to check (default: $ERRAND_PROFILE, else example).")
  @Nullable String profile;

  private final Env env;

  ProfileCheckCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    String name = Profiles.name(env, profile);
    ProfileLoader loader = new ProfileLoader(env.profilesDir(), env.errandHome());
    Path file = loader.fileOf(name);
    List<String> hints = PersonKeyHints.of(file);
    Profile loaded;
    try {
      loaded = loader.load(name);
    } catch (ProfileException e) {
      e.problems().forEach(console::error);
      hints.forEach(console::error);
      return ExitCode.BAD_INPUT;
    }
    hints.forEach(console::warn);
    console.info(
        console.green("ok ")
            + file
            + console.dim("  profile '" + loaded.name() + "'")
            + (hints.isEmpty() ? "" : console.dim(" (see the warnings above)")));
    return ExitCode.OK;
  }
}
