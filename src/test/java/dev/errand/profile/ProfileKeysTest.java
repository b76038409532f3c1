package dev.errand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every key of reference.conf is listed, and each has a meaning. */
@Timeout(10)
class ProfileKeysTest {

  @Test
  void everyReferenceKeyIsListedWithAMeaning() {
    Set<String> reference =
        ConfigFactory.parseResources("reference.conf").entrySet().stream()
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    List<ProfileKeys.Key> keys = ProfileKeys.all();
    Set<String> listed = keys.stream().map(ProfileKeys.Key::path).collect(Collectors.toSet());
    assertEquals(
        Set.of(),
        reference.stream().filter(k -> !listed.contains(k)).collect(Collectors.toSet()),
        "reference.conf keys not listed");
    for (ProfileKeys.Key key : keys) {
      assertFalse(
          key.meaning().isBlank(),
          key.path()
              + " has no meaning: write a comment above it (or above its section) in"
              + " reference.conf");
    }
  }

  @Test
  void aKeysOwnCommentIsItsMeaningAndItsSectionsOtherwise() {
    Map<String, ProfileKeys.Key> keys = ProfileKeys.byPath();
    ProfileKeys.Key lead = keys.get("timing.lead");
    assertTrue(
        lead.own() && lead.meaning().startsWith("errand starts the browser"), lead.toString());
    ProfileKeys.Key city = keys.get("person.address.city");
    assertEquals(ProfileKeys.sectionMeaning("person"), city.meaning());
    assertEquals("\"\"", city.defaultValue());
    assertEquals("4", keys.get("limits.max-quantity").defaultValue());
  }
}
