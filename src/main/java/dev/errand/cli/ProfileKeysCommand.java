package dev.errand.cli;

import dev.errand.profile.ProfileKeys;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code errand profile keys}: every profile key, its default and what it means. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "List every profile key with its default and meaning (from reference.conf).",
      "Recipes read the person's keys as $${profile.KEY}: person.address.city is",
      "$${profile.address.city}."
    })
final class ProfileKeysCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  private final Env env;

  ProfileKeysCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    String section = "";
    String about = "";
    for (ProfileKeys.Key key : ProfileKeys.all()) {
      if (!key.section().equals(section)) {
        section = key.section();
        about = ProfileKeys.sectionMeaning(section);
        console.info("");
        console.info(console.bold(section) + (about.isEmpty() ? "" : console.dim("  " + about)));
      }
      console.info(
          "  "
              + key.path()
              + " = "
              + key.defaultValue()
              + (key.own() && !key.meaning().equals(about)
                  ? console.dim("  " + key.meaning())
                  : ""));
    }
    return ExitCode.OK;
  }
}
