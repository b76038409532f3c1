package dev.errand.cli;

import org.jspecify.annotations.Nullable;

/** Which profile a command uses. */
final class Profiles {

  private Profiles() {}

  /** {@code --profile}, else {@code $ERRAND_PROFILE}, else {@code example}. */
  static String name(Env env, @Nullable String given) {
    if (given != null) {
      return given;
    }
    String fromEnv = env.vars.get("ERRAND_PROFILE");
    return fromEnv != null && !fromEnv.isBlank() ? fromEnv : "example";
  }
}
