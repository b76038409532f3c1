package dev.errand.cli;

/** Which profile a command uses. */
final class Profiles {

  private Profiles() {}

  /** {@code --profile}, else {@code $ERRAND_PROFILE}, else {@code example}. */
  static String name(Env env, String given) {
    if (given != null) {
      return given;
    }
    String fromEnv = env.vars.get("ERRAND_PROFILE");
    return fromEnv != null && !fromEnv.isBlank() ? fromEnv : "example";
  }
}
