package dev.errand.journal;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the {@code run-start} and {@code browser} events say about a run: versions, recipe and
 * profile. Absent fields (older journals) are empty strings or empty optionals.
 *
 * @param errand errand's version
 * @param java the Java version
 * @param os operating system and architecture
 * @param recipePath the recipe file as given
 * @param recipeName the recipe's {@code name:}
 * @param recipeSha256 hex SHA-256 of the recipe file's bytes
 * @param site the shop's base URL
 * @param profile the profile's name
 * @param quantity how many the recipe asked for
 * @param headless whether the run was headless
 * @param browser the launched browser, if it got that far
 */
public record RunFacts(
    String errand,
    String java,
    String os,
    String recipePath,
    String recipeName,
    String recipeSha256,
    String site,
    String profile,
    OptionalInt quantity,
    boolean headless,
    Optional<Browser> browser) {

  /** The {@code browser} event. */
  public record Browser(String name, String version, String executable, boolean headless) {
    /** {@code Chromium 156.0.8078.79, headless}. */
    public String describe() {
      return name + " " + version + (headless ? ", headless" : "");
    }
  }

  /** The first 12 hex digits of the recipe's hash, or "" when unknown. */
  public String shortSha() {
    return recipeSha256.length() > 12 ? recipeSha256.substring(0, 12) : recipeSha256;
  }
}
