package dev.errand.recipe.parse;

import java.util.Set;

/**
 * What {@code ${profile.…}} and {@code ${secrets.…}} may name: the loaded profile's keys (dotted
 * paths such as {@code email} or {@code address.city}) and its secret names. {@link #permissive()}
 * accepts any name, for when no profile is loaded.
 */
public record VariableScope(Set<String> profileKeys, Set<String> secretNames, boolean acceptsAny) {

  public VariableScope {
    profileKeys = Set.copyOf(profileKeys);
    secretNames = Set.copyOf(secretNames);
  }

  /** A scope that knows exactly these profile keys and secret names. */
  public VariableScope(Set<String> profileKeys, Set<String> secretNames) {
    this(profileKeys, secretNames, false);
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
