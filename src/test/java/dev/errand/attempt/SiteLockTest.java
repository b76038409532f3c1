package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per site: the key of a site, the lock, the line naming the run that holds it. */
class SiteLockTest {

  @TempDir Path dir;

  static final Instant T = Instant.parse("2026-12-05T01:02:03.456Z");

  @Test
  void aSiteIsItsRegistrableDomainAndALoopbackShopItsHostAndPort() {
    assertEquals("example.com", SiteKey.of(URI.create("https://shop.example.com/events")));
    assertEquals("example.com", SiteKey.of(URI.create("https://WWW.Example.COM./")));
    assertEquals("example.co.uk", SiteKey.of(URI.create("https://tickets.example.co.uk/")));
    assertEquals("example.com.au", SiteKey.of(URI.create("https://a.b.example.com.au/")));
    assertEquals("example.de", SiteKey.of(URI.create("https://example.de/")));
    assertEquals("127.0.0.1:8080", SiteKey.of(URI.create("http://127.0.0.1:8080/")));
    assertEquals("localhost:80", SiteKey.of(URI.create("http://localhost/")));
    assertEquals("[::1]:443", SiteKey.of(URI.create("https://[::1]/")));
    assertEquals("___1__443.lock", SiteKey.fileName("[::1]:443"));
    assertEquals("127.0.0.1_8080.lock", SiteKey.fileName("127.0.0.1:8080"));
  }

  @Test
  void aSecondTakeOfTheSameSiteIsRefusedNamingTheHolderAndFreeOnceClosed() throws Exception {
    URI site = URI.create("https://shop.example.com/");
    SiteLock first = SiteLock.take(dir, site, "alice", T);
    AttemptException e =
        assertThrows(
            AttemptException.class,
            () -> SiteLock.take(dir, URI.create("https://www.example.com/"), "bob", T));
    assertEquals(AttemptException.Kind.SITE_BUSY, e.kind());
    assertEquals(
        "another errand run is on example.com (profile alice, pid "
            + ProcessHandle.current().pid()
            + ", started 2026-12-05 01:02:03 UTC): errand runs once per site at a time on this"
            + " machine, whatever the profile, so that one person buys once. Wait for that run to"
            + " end, or stop it.",
        e.getMessage());
    // another site is free
    SiteLock.take(dir, URI.create("https://example.org/"), "bob", T).close();
    first.close();
    assertEquals(0, Files.size(dir.resolve("example.com.lock")), "no holder named any more");
    SiteLock.take(dir, site, "bob", T).close();
  }

  @Test
  void aHolderLineThatCannotBeReadNamesNobody() {
    assertEquals("", SiteLock.describe(null));
    assertEquals("", SiteLock.describe(""));
    assertTrue(SiteLock.describe("profile=x\npid=7\nstarted=soon\n").contains("started soon"));
  }
}
