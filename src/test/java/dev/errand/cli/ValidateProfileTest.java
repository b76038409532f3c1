package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.attempt.Preparation;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand validate} checks a recipe against the profile {@code run} would use ({@code
 * --profile}, else {@code $ERRAND_PROFILE}, else the only profile of your own, else the example)
 * and says which; the address keys real checkouts ask for ({@code region}, {@code country-name})
 * and keys of the person's own are {@code ${profile.…}} variables.
 */
@Timeout(30)
class ValidateProfileTest {

  @TempDir Path dir;

  Path profiles;

  @BeforeEach
  void profiles() throws IOException {
    profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.copy(Path.of("profiles/example.conf"), profiles.resolve("example.conf"));
  }

  CliRunner cli() {
    return new CliRunner(dir)
        .env("ERRAND_HOME", dir.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  Path recipe(String value) throws IOException {
    return Files.writeString(
        dir.resolve("r.yaml"),
        "apiVersion: errand/v1\n"
            + "name: region\n"
            + "site: https://shop.example.com/\n"
            + "after:\n"
            + "  - fill: {label: County, value: \""
            + value
            + "\"}\n");
  }

  void ownProfile(String name, String extra) throws IOException {
    Files.writeString(
        profiles.resolve(name + ".conf"),
        "person { name = \"Sam\", address { region = \"Ontario\", country-name = \"Canada\" }"
            + extra
            + " }\n");
  }

  @Test
  void theExampleIsUsedAndNamedWhenThereIsNoProfileOfYourOwn() throws IOException {
    CliRunner.Result r = cli().run("validate", recipe("${profile.address.region}").toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("profile: example (no profile of your own yet)"), r.out());
  }

  @Test
  void theOnlyProfileOfYourOwnIsTheOneRunWouldUse() throws IOException {
    ownProfile("sam", ", member-number = \"12345\"");
    Path recipe = recipe("${profile.member-number}");
    CliRunner.Result r = cli().run("validate", recipe.toString());
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("profile: sam (the only profile of your own in "), r.out());

    CliRunner.Result example = cli().run("validate", recipe.toString(), "--profile", "example");
    assertEquals(ExitCode.BAD_INPUT, example.exitCode(), example.toString());
    assertTrue(example.out().contains("profile: example (from --profile)"), example.out());
    assertTrue(example.err().contains("${profile.member-number}"), example.err());
  }

  @Test
  void errandProfileWinsOverTheOnlyOneAndSeveralMeanTheExample() throws IOException {
    ownProfile("sam", "");
    ownProfile("kim", "");
    Path recipe = recipe("${profile.address.country-name}");
    CliRunner.Result several = cli().run("validate", recipe.toString());
    assertEquals(ExitCode.OK, several.exitCode(), several.toString());
    assertTrue(
        several.out().contains("profile: example (several profiles of your own"), several.out());

    CliRunner.Result fromEnv =
        cli().env("ERRAND_PROFILE", "kim").run("validate", recipe.toString());
    assertEquals(ExitCode.OK, fromEnv.exitCode(), fromEnv.toString());
    assertTrue(fromEnv.out().contains("profile: kim (from ERRAND_PROFILE)"), fromEnv.out());
  }

  @Test
  void regionAndCountryNameResolveFromTheProfile() throws IOException {
    ownProfile("sam", "");
    Path recipe = recipe("${profile.address.region}, ${profile.address.country-name}");
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(profiles, dir.resolve("home")))
            .prepare(recipe, "sam", Map.of(), Optional.empty(), Optional.empty(), true);
    List<Step> steps = prepared.recipe().allSteps();
    Step.Fill fill = (Step.Fill) steps.get(steps.size() - 1);
    assertEquals("Ontario, Canada", fill.value().text());
  }

  @Test
  void theExampleProfileHasEveryAddressKey() throws IOException {
    Path recipe =
        recipe(
            "${profile.address.region} ${profile.address.country-name} ${profile.address.country}");
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(profiles, dir.resolve("home")))
            .prepare(recipe, "example", Map.of(), Optional.empty(), Optional.empty(), true);
    List<Step> steps = prepared.recipe().allSteps();
    assertEquals(
        "Greater London United Kingdom GB",
        ((Step.Fill) steps.get(steps.size() - 1)).value().text());
  }
}
