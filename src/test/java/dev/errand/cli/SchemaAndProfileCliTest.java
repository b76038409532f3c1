package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.schema.RecipeSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand schema} and {@code errand profile keys|check}. */
@Timeout(30)
class SchemaAndProfileCliTest {

  @TempDir Path dir;

  @Test
  void schemaPrintsTheGeneratedSchema() {
    CliRunner.Result r = new CliRunner(dir).run("schema");
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals(RecipeSchema.json(), r.out());
  }

  @Test
  void schemaWritesAFileAndSaysWhatFirstLineToUse() throws IOException {
    CliRunner.Result r = new CliRunner(dir).run("schema", "--out", "recipe.schema.json");
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals(
        RecipeSchema.json(),
        Files.readString(dir.resolve("recipe.schema.json"), StandardCharsets.UTF_8));
    assertTrue(
        (r.out() + r.err()).contains("# yaml-language-server: $schema=recipe.schema.json"),
        r.toString());
  }

  @Test
  void profileKeysListsEveryKeyWithItsMeaning() {
    CliRunner.Result r = new CliRunner(dir).run("profile", "keys");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("person.address.postcode = \"\""), r.out());
    assertTrue(r.out().contains("browser.step-timeout = \"10s\"  How long a step waits"), r.out());
    assertTrue(r.out().contains("You may add keys of your own"), r.out());
  }

  @Test
  void profileCheckNamesEachUnknownKeyWithItsLineAndASuggestion() throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(
        profiles.resolve("me.conf"),
        String.join(
            "\n",
            "person {",
            "  name = \"A\"",
            "  adress { city = London }",
            "  shoe-size = \"42\"",
            "}",
            "browser {",
            "  headles = true",
            "}",
            ""));
    CliRunner.Result r = new CliRunner(dir).run("profile", "check", "--profile", "me");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    String me = profiles.resolve("me.conf").toString();
    assertTrue(
        r.err()
            .contains(me + ":7: unknown key 'browser.headles' — did you mean 'browser.headless'?"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                me
                    + ":3: unknown key 'person.adress.city' — did you mean"
                    + " 'person.address.city'?"),
        r.err());
    assertTrue(!r.err().contains("shoe-size"), "a key of the person's own is fine: " + r.err());
  }

  @Test
  void profileCheckPassesTheExampleProfile() {
    CliRunner.Result r =
        new CliRunner(Path.of("").toAbsolutePath()).run("profile", "check", "--profile", "example");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("ok "), r.toString());
  }
}
