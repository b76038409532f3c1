package dev.errand.recipe.parse;

import java.util.Map;
import java.util.Set;

/**
 * What {@code ${profile.…}} and {@code ${secrets.…}} may name: the loaded profile's keys (dotted
 * paths such as {@code email} or {@code address.city}) and its secret names. {@link #permissive()}
 * accepts any name, for when no profile is loaded. {@code unsetSecrets}: the secrets the profile
 * reads from an environment variable that is not set (name → variable).
 */
public record VariableScope(
    Set<String> profileKeys,
    Set<String> secretNames,
    boolean acceptsAny,
    Map<String, String> unsetSecrets) {

  public VariableScope {
    profileKeys = Set.copyOf(profileKeys);
    secretNames = Set.copyOf(secretNames);
    unsetSecrets = Map.copyOf(unsetSecrets);
  }

  public VariableScope(Set<String> profileKeys, Set<String> secretNames, boolean acceptsAny) {
    this(profileKeys, secretNames, acceptsAny, Map.of());
  }

  /** A scope that knows exactly these profile keys and secret names. */
  public VariableScope(Set<String> profileKeys, Set<String> secretNames) {
    this(profileKeys, secretNames, false);
  }

  /**
   * This scope, knowing that these secrets (name → environment variable) are read from a variable
   * that is not set, so that a recipe using one is told which variable to set.
   */
  public VariableScope withUnsetSecrets(Map<String, String> unset) {
    return new VariableScope(profileKeys, secretNames, acceptsAny, unset);
  }

  /** A scope that accepts any profile key and any secret name. */
  public static VariableScope permissive() {
    return new VariableScope(Set.of(), Set.of(), true);
  }

  /** Whether {@code ${profile.<key>}} is known. */
  public boolean hasProfileKey(String key) {
    return acceptsAny || profileKeys.contains(key);
  }

  /** Whether {@code ${secrets.<name>}} is known. */
  public boolean hasSecret(String name) {
    return acceptsAny || secretNames.contains(name);
  }
}
