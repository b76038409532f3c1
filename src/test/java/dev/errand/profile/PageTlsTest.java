package dev.errand.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handoff page's certificate and key in the profile: a good RSA or EC pair loads; every bad
 * input is one line naming the profile key, read when the profile loads (before any run).
 */
class PageTlsTest {

  @TempDir Path dir;

  private ProfileLoader loader() {
    return new ProfileLoader(dir, dir.resolve("home"));
  }

  private void copy(String name) throws IOException {
    Files.createDirectories(dir.resolve("tls"));
    try (InputStream in = PageTlsTest.class.getResourceAsStream("/tls/" + name)) {
      Files.copy(in, dir.resolve("tls").resolve(name));
    }
  }

  private Profile load(String cert, String key) throws IOException {
    for (String f :
        List.of(
            "page-cert.pem",
            "page-key.pem",
            "ec-cert.pem",
            "ec-key.pem",
            "other-key.pem",
            "encrypted-key.pem",
            "rsa-pkcs1-key.pem")) {
      if (!Files.exists(dir.resolve("tls").resolve(f))) {
        copy(f);
      }
    }
    Files.writeString(
        dir.resolve("me.conf"),
        "handoff.page {\n  tls {\n    certificate = \""
            + cert
            + "\"\n    key = \""
            + key
            + "\"\n  }\n}\n");
    return loader().load("me");
  }

  /** The one problem loading gives, which must be one line. */
  private String problem(String cert, String key) {
    ProfileException e = assertThrows(ProfileException.class, () -> load(cert, key));
    assertEquals(1, e.problems().size(), e.problems().toString());
    String line = e.problems().get(0);
    assertFalse(line.contains("\n"), line);
    assertFalse(line.contains("Exception"), "no Java class names: " + line);
    return line;
  }

  @Test
  void noTlsByDefault() throws IOException {
    Files.writeString(dir.resolve("me.conf"), "person.email = \"me@example.org\"\n");
    assertTrue(loader().load("me").handoffPage().tls().isEmpty());
  }

  @Test
  void anRsaAndAnEcPairLoadRelativeToTheProfile() throws IOException {
    PageTls rsa = load("tls/page-cert.pem", "tls/page-key.pem").handoffPage().tls().orElseThrow();
    assertEquals("RSA", rsa.privateKey().getAlgorithm());
    assertEquals(dir.resolve("tls/page-cert.pem"), rsa.certificate());
    assertFalse(rsa.toString().contains("BEGIN"), "never the key: " + rsa);
    PageTls ec = load("tls/ec-cert.pem", "tls/ec-key.pem").handoffPage().tls().orElseThrow();
    assertEquals("EC", ec.privateKey().getAlgorithm());
  }

  @Test
  void aMissingFileIsNamed() {
    String line = problem("tls/page-cert.pem", "tls/nowhere.pem");
    assertTrue(
        line.startsWith(dir.resolve("me.conf") + ":4: 'handoff.page.tls.key': no such file"), line);
    line = problem("tls/gone.pem", "tls/page-key.pem");
    assertTrue(line.contains(":3: 'handoff.page.tls.certificate': no such file"), line);
  }

  @Test
  void aKeyThatIsNotTheCertificatesIsRefused() {
    assertTrue(
        problem("tls/page-cert.pem", "tls/other-key.pem")
            .contains(
                "'handoff.page.tls.key': "
                    + dir.resolve("tls/other-key.pem")
                    + " is not the key of the certificate"));
    assertTrue(
        problem("tls/page-cert.pem", "tls/ec-key.pem")
            .contains("is not the key of the certificate"),
        "an EC key for an RSA certificate");
  }

  @Test
  void anEncryptedKeyOrAnOlderFormatSaysHowToConvertIt() {
    String encrypted = problem("tls/page-cert.pem", "tls/encrypted-key.pem");
    assertTrue(encrypted.contains("'handoff.page.tls.key'"), encrypted);
    assertTrue(encrypted.contains("is encrypted"), encrypted);
    assertTrue(encrypted.contains("openssl pkey -in KEY -out KEY.pkcs8.pem"), encrypted);
    String pkcs1 = problem("tls/page-cert.pem", "tls/rsa-pkcs1-key.pem");
    assertTrue(pkcs1.contains("is a RSA key in an older format"), pkcs1);
    assertTrue(pkcs1.contains(PageTls.NOT_SUPPORTED), pkcs1);
  }

  @Test
  void garbageIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("tls"));
    Files.writeString(dir.resolve("tls/junk.pem"), "hello\n");
    Files.writeString(
        dir.resolve("tls/bad-cert.pem"),
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    Files.writeString(
        dir.resolve("tls/bad-key.pem"),
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertTrue(
        problem("tls/junk.pem", "tls/page-key.pem")
            .contains(
                "'handoff.page.tls.certificate': "
                    + dir.resolve("tls/junk.pem")
                    + " has no certificate"));
    assertTrue(
        problem("tls/bad-cert.pem", "tls/page-key.pem")
            .contains("is not a readable PEM certificate"));
    assertTrue(problem("tls/page-cert.pem", "tls/junk.pem").contains("has no private key"));
    assertTrue(
        problem("tls/page-cert.pem", "tls/bad-key.pem")
            .contains("is not an RSA or EC key errand can read"));
    assertTrue(
        problem("tls/page-cert.pem", "tls/page-cert.pem").contains("has no private key"),
        "the certificate given as the key");
  }

  @Test
  void bothOrNeither() throws IOException {
    Files.writeString(dir.resolve("me.conf"), "handoff.page.tls.certificate = \"c.pem\"\n");
    ProfileException e = assertThrows(ProfileException.class, () -> loader().load("me"));
    assertEquals(
        List.of(
            dir.resolve("me.conf")
                + ":1: 'handoff.page.tls.key' must be set too: TLS needs both the certificate and"
                + " its key"),
        e.problems());
  }
}
