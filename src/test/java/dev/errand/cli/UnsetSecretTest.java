package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret read from an environment variable that is not set: the error names the variable to set,
 * for {@code validate} and {@code run} alike, whether the profile reads it optionally ({@code
 * ${?VAR}}) or not.
 */
@Timeout(30)
class UnsetSecretTest {

  /** A variable no machine running these tests sets. */
  static final String VARIABLE = "ERRAND_TEST_NEVER_SET_PASSWORD";

  @TempDir Path dir;

  CliRunner cli(String secretsLine) throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(profiles.resolve("me.conf"), "secrets {\n  " + secretsLine + "\n}\n");
    return new CliRunner(dir)
        .env("ERRAND_HOME", dir.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  Path recipe() throws IOException {
    return Files.writeString(
        dir.resolve("login.yaml"),
        "apiVersion: errand/v1\n"
            + "name: login\n"
            + "site: https://shop.example.com/\n"
            + "steps:\n"
            + "  - fill: {label: Password, value: \"${secrets.shop-password}\"}\n");
  }

  @Test
  void anOptionalSecretWhoseVariableIsUnsetNamesTheVariable() throws IOException {
    CliRunner cli = cli("shop-password = ${?" + VARIABLE + "}");
    Path recipe = recipe();
    for (String command : new String[] {"validate", "run"}) {
      CliRunner.Result r =
          command.equals("run")
              ? cli.run("run", recipe.toString(), "--now")
              : cli.run("validate", recipe.toString());
      assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
      assertTrue(
          r.err()
              .contains(
                  "unknown variable '${secrets.shop-password}': the profile reads it from the"
                      + " environment variable "
                      + VARIABLE
                      + ", which is not set; set "
                      + VARIABLE),
          command + ": " + r.err());
    }
  }

  @Test
  void aRequiredSecretWhoseVariableIsUnsetNamesTheVariable() throws IOException {
    CliRunner.Result r =
        cli("shop-password = ${" + VARIABLE + "}").run("validate", recipe().toString());
    assertTrue(r.err().contains("set the environment variable " + VARIABLE), r.toString());
  }
}
