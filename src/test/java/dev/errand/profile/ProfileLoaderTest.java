package dev.errand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

  @TempDir Path dir;

  ProfileLoader loader() {
    return new ProfileLoader(dir, dir.resolve("home"));
  }

  Path write(String name, String hocon) throws IOException {
    return Files.writeString(dir.resolve(name + ".conf"), hocon);
  }

  @Test
  void theCommittedExampleProfileLoads() {
    Profile p = new ProfileLoader(Path.of("profiles"), dir).load("example");
    assertEquals("alex@example.com", p.person().get("email"));
    assertEquals("N1 9GU", p.person().get("address.postcode"));
    assertEquals(4, p.maxQuantity());
    assertEquals(Optional.empty(), p.browser().headless(), "auto");
    assertEquals(Duration.ofSeconds(10), p.browser().stepTimeout());
  }

  @Test
  void defaultsComeFromTheReferenceAndDataDirIsPerProfile() throws IOException {
    write("me", "person.email = \"me@example.org\"\n");
    Profile p = loader().load("me");
    assertEquals("me@example.org", p.person().get("email"));
    assertEquals(Duration.ofMinutes(15), p.handoffTimeout());
    assertEquals(Optional.of(dir.resolve("home/profiles/me/browser")), p.browser().dataDir());
  }

  @Test
  void theRemoteHandoffPortIsOffByDefaultAndCheckedWhenSet() throws IOException {
    write("me", "person.email = \"me@example.org\"\n");
    assertEquals(java.util.OptionalInt.empty(), loader().load("me").remoteHandoffPort());
    write("any", "handoff.remote-port = 0\n");
    assertEquals(java.util.OptionalInt.of(0), loader().load("any").remoteHandoffPort());
    write("fixed", "handoff { remote-port = 9333 }\n");
    assertEquals(java.util.OptionalInt.of(9333), loader().load("fixed").remoteHandoffPort());
    write("bad", "\nhandoff.remote-port = 70000\n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("bad"));
    assertTrue(
        e.problems().get(0).contains("bad.conf:2: 'handoff.remote-port' must be off or a port"),
        e.problems().toString());
  }

  @Test
  void unknownKeysAndWrongTypesAreAllReportedWithLines() throws IOException {
    write(
        "me", "limits { max-quantiy = 2 }\nbrowser.headless = maybe\nlimits.max-quantity = lots\n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("me"));
    String all = String.join("\n", e.problems());
    assertTrue(
        all.contains(
            "me.conf:1: unknown key 'limits.max-quantiy' — did you mean 'limits.max-quantity'?"),
        all);
    assertTrue(all.contains("me.conf:2: 'browser.headless' must be auto, true or false"), all);
    assertTrue(all.contains("me.conf:3:"), all);
    assertEquals(3, e.problems().size(), all);
  }

  @Test
  void durationsReadAsInRecipesAndOptions() throws IOException {
    write("me", "timing.lead = 1h30m\nhandoff.timeout = \"10 minutes\"\n");
    Profile p = loader().load("me");
    assertEquals(Duration.ofMinutes(90), p.lead());
    assertEquals(Duration.ofMinutes(10), p.handoffTimeout());
    write("bad", "\nbrowser.step-timeout = 10\n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("bad"));
    assertTrue(
        e.problems().get(0).contains("bad.conf:2: 'browser.step-timeout': bad duration '10'"),
        e.problems().get(0));
  }

  @Test
  void aMissingProfileSaysHowToMakeOne() throws IOException {
    write("alex", "");
    write("example", "");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("alx"));
    assertTrue(e.getMessage().contains("did you mean 'alex'?"), e.getMessage());
    assertTrue(e.getMessage().contains("Copy " + dir.resolve("example.conf")), e.getMessage());
  }

  @Test
  void aFolderWithoutTheExampleSaysWhereProfilesLiveRatherThanCopyItOntoItself() {
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("example"));
    assertFalse(e.getMessage().contains("Copy "), e.getMessage());
    assertTrue(e.getMessage().contains("ERRAND_PROFILES"), e.getMessage());
  }

  @Test
  void malformedHoconIsOneLineWithItsLine() throws IOException {
    write("me", "person {\n  name = \"x\"\n  email = \n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("me"));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).matches(".*me\\.conf:\\d+: .*"), e.problems().get(0));
  }

  @Test
  void secretsAreKeptButNeverPrinted() throws IOException {
    write("me", "secrets { shop-password = hunter2 }\n");
    Profile p = loader().load("me");
    assertEquals("hunter2", p.secrets().get("shop-password"));
    assertFalse(p.toString().contains("hunter2"));
  }

  @Test
  void webhooksAreReadAndCheckedWithoutShowingTheirPaths() throws IOException {
    write(
        "me",
        "notify.webhooks = [\n"
            + "  { url = \"https://ntfy.sh/secret-topic\", preset = ntfy }\n"
            + "  { url = \"https://hooks.slack.com/services/T/B/x\" }\n"
            + "]\n");
    Profile p = loader().load("me");
    assertEquals(2, p.notifications().webhooks().size());
    assertEquals("ntfy", p.notifications().webhooks().get(0).preset());
    assertEquals("", p.notifications().webhooks().get(1).preset());
    assertFalse(p.notifications().webhooks().get(0).toString().contains("secret-topic"));

    write(
        "bad",
        "notify.webhooks = [ { url = \"ftp://x\" }, { url = \"https://x.org/\", preset = slak } ]\n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("bad"));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("must be http(s)"), all);
    assertTrue(all.contains("did you mean 'slack'?"), all);
  }
}
