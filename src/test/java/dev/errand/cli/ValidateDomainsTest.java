package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand validate} says which hosts a recipe may reach, for a person reviewing it. */
@Timeout(30)
class ValidateDomainsTest {

  @Test
  void validateListsTheDomainsARecipeMayReach(@TempDir Path dir) throws IOException {
    Path recipe =
        Files.writeString(
            dir.resolve("shared.yaml"),
            "apiVersion: errand/v1\n"
                + "name: shared\n"
                + "site: https://tickets.example.com/\n"
                + "allowed-domains: [tickets.example.com, '*.pay.example.net']\n"
                + "steps:\n"
                + "  - goto: /\n");
    CliRunner.Result r = new CliRunner(dir).run("validate", recipe.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(
        r.out()
            .contains(
                "may reach: tickets.example.com, pay.example.net and every host under it"
                    + " (*.pay.example.net)"),
        r.out());
  }

  @Test
  void theDemoRecipeMayReachOnlyThisMachine() {
    CliRunner.Result r =
        new CliRunner(Path.of("").toAbsolutePath()).run("validate", "recipes/demo-shop.yaml");
    assertTrue(r.out().contains("may reach: 127.0.0.1, localhost"), r.out());
  }
}
