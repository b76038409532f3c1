package dev.errand.record;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a typed or chosen value becomes in the recipe: {@code ${profile.KEY}} when it is one of the
 * profile's details, {@code ${secrets.NAME}} when it is one of its secrets, else itself. Values are
 * compared whole, surrounding spaces aside; where two keys hold the same value the first in key
 * order wins, so a recording always writes the same recipe.
 */
public final class TypedValues {

  private final Map<String, String> person;
  private final Map<String, String> secrets;

  public TypedValues(Map<String, String> person, Map<String, String> secrets) {
    this.person = new TreeMap<>(person);
    this.secrets = new TreeMap<>(secrets);
  }

  /** The profile key whose detail {@code value} is, if any. */
  public Optional<String> profileKey(String value) {
    return keyOf(person, value);
  }

  /** The secret whose value {@code value} is, if any. */
  public Optional<String> secretName(String value) {
    return keyOf(secrets, value);
  }

  /** {@code value} as the recipe writes it: a variable where the profile has it, else itself. */
  public String template(String value) {
    Optional<String> secret = secretName(value);
    if (secret.isPresent()) {
      return "${secrets." + secret.get() + "}";
    }
    return profileKey(value).map(k -> "${profile." + k + "}").orElse(value.replace("${", "$${"));
  }

  private static Optional<String> keyOf(Map<String, String> map, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return map.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue().strip().equals(v))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
