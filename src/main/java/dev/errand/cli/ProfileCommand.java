package dev.errand.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errand profile keys|check}: what a profile may say, and whether one says it right. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Profiles: 'keys' lists every key with its default and meaning;",
      "'check' checks a profile for unknown keys (with a did-you-mean) and wrong values."
    },
    subcommands = {ProfileKeysCommand.class, ProfileCheckCommand.class})
final class ProfileCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }
}
