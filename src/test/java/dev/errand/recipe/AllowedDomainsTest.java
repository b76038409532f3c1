package dev.errand.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AllowedDomainsTest {

  @Test
  void aPlainEntryAllowsThatHostOnly() {
    List<String> allowed = List.of("shop.example.com");
    assertTrue(AllowedDomains.allows(allowed, "shop.example.com"));
    assertTrue(AllowedDomains.allows(allowed, "SHOP.Example.COM."));
    assertFalse(AllowedDomains.allows(allowed, "tickets.shop.example.com"));
    assertFalse(AllowedDomains.allows(allowed, "example.com"));
    assertFalse(AllowedDomains.allows(allowed, "evilshop.example.com"));
  }

  @Test
  void localhostMeansLocalhost() {
    List<String> allowed = List.of("127.0.0.1", "localhost");
    assertTrue(AllowedDomains.allows(allowed, "localhost"));
    assertTrue(AllowedDomains.allows(allowed, "127.0.0.1"));
    assertFalse(AllowedDomains.allows(allowed, "resale.localhost"));
    assertFalse(AllowedDomains.allows(allowed, "127.0.0.2"));
    assertFalse(AllowedDomains.allows(allowed, "1127.0.0.1"));
  }

  @Test
  void aDottedOrStarredEntryAllowsTheDomainAndItsSubdomainsLabelByLabel() {
    for (String entry : List.of(".example.com", "*.example.com")) {
      List<String> allowed = List.of(entry);
      assertTrue(AllowedDomains.allows(allowed, "example.com"), entry);
      assertTrue(AllowedDomains.allows(allowed, "pay.example.com"), entry);
      assertTrue(AllowedDomains.allows(allowed, "a.b.example.com."), entry);
      assertFalse(AllowedDomains.allows(allowed, "badexample.com"), entry);
      assertFalse(AllowedDomains.allows(allowed, "example.com.evil.net"), entry);
      assertFalse(AllowedDomains.allows(allowed, "com"), entry);
    }
  }

  @Test
  void aWildcardNeverMatchesAnAddress() {
    assertFalse(AllowedDomains.allows(List.of("*.0.0.1"), "127.0.0.1"));
  }

  @Test
  void anEmptyHostOrEntryAllowsNothing() {
    assertFalse(AllowedDomains.allows(List.of("example.com"), ""));
    assertFalse(AllowedDomains.allows(List.of("*.", "."), "example.com"));
  }

  @Test
  void aPageMustBeHttpOnAnAllowedHost() {
    List<String> allowed = List.of("127.0.0.1", "localhost");
    assertTrue(AllowedDomains.allowsPage(allowed, "http://127.0.0.1:8080/events"));
    assertTrue(AllowedDomains.allowsPage(allowed, "https://LOCALHOST/"));
    assertFalse(AllowedDomains.allowsPage(allowed, "http://resale.localhost:8080/resale"));
    assertFalse(AllowedDomains.allowsPage(allowed, "http://user@resale.localhost/"));
    assertFalse(AllowedDomains.allowsPage(allowed, "file:///etc/passwd"));
    assertFalse(AllowedDomains.allowsPage(allowed, "chrome://settings"));
    assertFalse(AllowedDomains.allowsPage(allowed, "javascript:alert(1)"));
    assertFalse(AllowedDomains.allowsPage(allowed, "data:text/html,hi"));
    assertFalse(AllowedDomains.allowsPage(allowed, "not a url"));
  }

  @Test
  void describesWhatARecipeMayReach() {
    assertEquals(
        "shop.example.com, example.net and every host under it (*.example.net)",
        AllowedDomains.describe(List.of("shop.example.com", "*.example.net")));
  }
}
