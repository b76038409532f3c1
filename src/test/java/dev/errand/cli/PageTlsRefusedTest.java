package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile whose handoff page certificate and key do not go together stops {@code errand validate}
 * and {@code errand run} before anything starts, in one line naming the profile key.
 */
@Timeout(60)
class PageTlsRefusedTest {

  @TempDir Path dir;

  Path profiles;

  @BeforeEach
  void profiles() throws IOException {
    profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.createDirectories(profiles.resolve("tls"));
    for (String f : new String[] {"page-cert.pem", "encrypted-key.pem"}) {
      try (InputStream in = PageTlsRefusedTest.class.getResourceAsStream("/tls/" + f)) {
        Files.copy(in, profiles.resolve("tls").resolve(f));
      }
    }
    Files.writeString(
        profiles.resolve("me.conf"),
        "handoff.page.tls {\n"
            + "  certificate = \"tls/page-cert.pem\"\n"
            + "  key = \"tls/encrypted-key.pem\"\n"
            + "}\n");
  }

  CliRunner cli() {
    return new CliRunner(dir)
        .env("ERRAND_HOME", dir.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  Path recipe() throws IOException {
    return Files.writeString(
        dir.resolve("r.yaml"),
        "apiVersion: errand/v1\n"
            + "name: tls\n"
            + "site: http://127.0.0.1:9/\n"
            + "after:\n"
            + "  - goto: /\n");
  }

  private static void oneLineNamingTheKey(CliRunner.Result r) {
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    String said = r.out() + r.err();
    String line =
        said.lines().filter(l -> l.contains("handoff.page.tls.key")).findFirst().orElse("");
    assertTrue(
        line.contains("me.conf:3: 'handoff.page.tls.key': ") && line.contains("is encrypted"),
        r.toString());
    assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace: " + r);
  }

  @Test
  void validateRefuses() throws IOException {
    oneLineNamingTheKey(cli().run("validate", recipe().toString(), "--profile", "me"));
  }

  @Test
  void runRefusesBeforeItStarts() throws IOException {
    CliRunner.Result r =
        cli()
            .run(
                "run",
                recipe().toString(),
                "--profile",
                "me",
                "--now",
                "--headless",
                "--handoff-page",
                "--attempts",
                dir.resolve("attempts").toString());
    oneLineNamingTheKey(r);
    assertFalse(Files.exists(dir.resolve("attempts")), "no attempt was started");
  }
}
