package dev.errand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposedSecretsTest {

  @TempDir Path tmp;

  Path profile(String text, String perms) throws IOException {
    Path f = tmp.resolve("me.conf");
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
    return f;
  }

  @Test
  void aSecretSpelledOutInAFileOthersCanReadIsWarnedAbout() throws IOException {
    Path f = profile("secrets { shop-password = \"hunter2\" }\n", "rw-r--r--");
    String w = ExposedSecrets.warning(f).orElseThrow();
    assertTrue(w.contains("chmod 600 " + f), w);
    assertTrue(!w.contains("hunter2"), "never the secret itself: " + w);
  }

  @Test
  void aPrivateFileOrSecretsFromTheEnvironmentAreFine() throws IOException {
    assertEquals(
        Optional.empty(),
        ExposedSecrets.warning(profile("secrets { pw = \"hunter2\" }\n", "rw-------")));
    assertEquals(
        Optional.empty(),
        ExposedSecrets.warning(
            profile("secrets { pw = ${?ERRAND_TEST_UNSET_VARIABLE_X} }\n", "rw-r--r--")));
    assertEquals(
        Optional.empty(), ExposedSecrets.warning(profile("person { name = Ada }\n", "rw-r--r--")));
  }
}
