package dev.errand.cli;

import dev.errand.profile.ProfileLoader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which profile a command uses, the same for every command: {@code --profile}, else {@code
 * $ERRAND_PROFILE}, else the only profile of your own in the profiles folder (any but {@code
 * example}), else {@code example}.
 */
final class Profiles {

  /** The shipped profile, used when nothing else says which. */
  static final String EXAMPLE = "example";

  /** The profile chosen and, in a few words, why it was. */
  record Choice(String name, String why) {

    /** {@code alice (from ERRAND_PROFILE)}. */
    String describe() {
      return name + " (" + why + ")";
    }
  }

  private Profiles() {}

  /** The chosen profile's name. */
  static String name(Env env, @Nullable String given) {
    return choose(env, given).name();
  }

  static Choice choose(Env env, @Nullable String given) {
    if (given != null) {
      return new Choice(given, "from --profile");
    }
    String fromEnv = env.vars.get("ERRAND_PROFILE");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Choice(fromEnv, "from ERRAND_PROFILE");
    }
    List<String> own =
        new ProfileLoader(env.profilesDir(), env.errandHome())
            .available().stream().filter(n -> !n.equals(EXAMPLE)).toList();
    if (own.size() == 1) {
      return new Choice(own.get(0), "the only profile of your own in " + env.profilesDir());
    }
    return new Choice(
        EXAMPLE,
        own.isEmpty()
            ? "no profile of your own yet"
            : "several profiles of your own: choose one with --profile or ERRAND_PROFILE");
  }
}
