package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI without a browser: help, versions, validation and every kind of bad input. */
class CliTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void versionAndHelpWorkEverywhere() {
    CliRunner.Result version = cli.run("--version");
    assertEquals(0, version.exitCode(), version.toString());
    assertTrue(version.out().startsWith("errand "), version.out());
    for (String sub : new String[] {"run", "validate", "doctor", "demo", "demo-shop"}) {
      CliRunner.Result help = cli.run(sub, "--help");
      assertEquals(0, help.exitCode(), help.toString());
      assertTrue(help.out().contains("Usage: errand " + sub), help.out());
      assertTrue(help.out().contains("Exit codes:"), help.out());
      assertEquals(0, cli.run(sub, "--version").exitCode());
    }
  }

  @Test
  void aTypoedCommandGetsASuggestionAndExit2() {
    CliRunner.Result r = cli.run("valdate", "x.yaml");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("validate"), r.err());
    assertTrue(r.err().contains("--help"), r.err());
  }

  @Test
  void theDemoRecipeValidates() {
    CliRunner.Result r = cli.run("validate", "recipes/demo-shop.yaml");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("ok recipes/demo-shop.yaml"), r.out());
  }

  @Test
  void everyProblemInABadRecipeIsOneLineWithNoStackTrace(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "apiVersion: errand/v1\n"
                + "name: bad\n"
                + "site: https://shop.example/\n"
                + "quantity: two\n"
                + "steps:\n"
                + "  - clik: '#buy'\n"
                + "  - fill: {label: Email, value: '${profile.emial}'}\n");
    CliRunner.Result r = cli.run("validate", bad.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("bad.yaml:4:"), r.err());
    assertTrue(
        r.err().contains("bad.yaml:6:5: unknown step 'clik' — did you mean 'click'?"), r.err());
    assertTrue(r.err().contains("did you mean '${profile.email}'?"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void runRefusesBadInputBeforeStartingABrowser(@TempDir Path dir) throws IOException {
    CliRunner.Result time =
        cli.run("run", "recipes/demo-shop.yaml", "--at", "2026-12-01 10:00 Europe/Londn");
    assertEquals(ExitCode.BAD_INPUT, time.exitCode(), time.toString());
    assertTrue(time.err().contains("did you mean 'Europe/London'"), time.err());

    CliRunner.Result past =
        cli.run("run", "recipes/demo-shop.yaml", "--at", "2020-01-01T10:00:00Z");
    assertEquals(ExitCode.BAD_INPUT, past.exitCode(), past.toString());
    assertTrue(past.err().contains("in the past"), past.err());

    CliRunner.Result input = cli.run("run", "recipes/demo-shop.yaml", "-i", "colour=red");
    assertEquals(ExitCode.BAD_INPUT, input.exitCode(), input.toString());
    assertTrue(input.err().contains("colour"), input.err());

    CliRunner.Result profile = cli.run("run", "recipes/demo-shop.yaml", "--profile", "nobody");
    assertEquals(ExitCode.BAD_INPUT, profile.exitCode(), profile.toString());
    assertTrue(profile.err().contains("no profile 'nobody'"), profile.err());
  }

  @Test
  void aQuantityAboveTheProfilesCapIsRefused(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(dir.resolve("profiles/me.conf"), "limits.max-quantity = 1\n");
    CliRunner.Result r =
        new CliRunner(dir)
            .run(
                "run",
                Path.of("recipes/demo-shop.yaml").toAbsolutePath().toString(),
                "--profile",
                "me");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("allows at most 1"), r.err());
  }

  @Test
  void doctorFindsTheBrowserAndSaysWhatIsMissing() {
    CliRunner.Result ok = cli.run("doctor");
    assertEquals(ExitCode.OK, ok.exitCode(), ok.toString());
    assertTrue(ok.out().contains("browser"), ok.out());
    assertTrue(ok.out().matches("(?s).*browser .*\\d+\\.\\d+.*"), "prints a version: " + ok.out());
    assertTrue(ok.out().contains("display"), ok.out());

    CliRunner.Result none = cli.run("doctor", "--browser", "/no/such/chrome");
    assertEquals(ExitCode.NO_BROWSER, none.exitCode(), none.toString());
    assertTrue(none.err().contains("/no/such/chrome"), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
  }

  @Test
  void aHeadlessRunOfARecipeThatHandsOffIsRefusedUnlessAccepted() {
    CliRunner.Result r = cli.run("run", "recipes/demo-shop.yaml", "--headless", "--now");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("nobody could take over"), r.err());
    assertTrue(r.err().contains("--handoff-ends-run"), r.err());
    assertTrue(r.err().contains("--remote-handoff"), "names the remote way: " + r.err());
    assertTrue(r.err().contains("127.0.0.1"), "says it stays on loopback: " + r.err());
  }

  @Test
  void remoteHandoffAndHandoffEndsRunContradictEachOther() {
    CliRunner.Result r =
        cli.run(
            "run",
            "recipes/demo-shop.yaml",
            "--headless",
            "--now",
            "--remote-handoff",
            "--handoff-ends-run");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("choose one"), r.err());

    CliRunner.Result port =
        cli.run("run", "recipes/demo-shop.yaml", "--headless", "--now", "--remote-handoff=70000");
    assertEquals(ExitCode.BAD_INPUT, port.exitCode(), port.toString());
    assertTrue(port.err().contains("70000"), port.err());
  }

  @Test
  void aRemotePortInUseEndsTheRunBeforeTheBrowserStarts(@TempDir Path dir) throws IOException {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRunner.Result r =
          new CliRunner(Path.of("").toAbsolutePath())
              .env("ERRAND_HOME", dir.resolve("home").toString())
              .run(
                  "run",
                  "recipes/demo-shop.yaml",
                  "--headless",
                  "--now",
                  "--attempts",
                  dir.resolve("attempts").toString(),
                  "--remote-handoff=" + taken.getLocalPort());
      assertEquals(ExitCode.NO_BROWSER, r.exitCode(), r.toString());
      assertTrue(
          r.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), r.err());
      assertFalse(r.err().contains("errand: errand:"), r.err());
    }
  }

  @Test
  void remoteHandoffTakesAnOptionalPort() {
    RunCommand bare = parse("--remote-handoff", "recipe.yaml");
    assertEquals(9222, bare.browserOptions.remoteHandoff, "chrome://inspect's own default port");
    assertEquals(Path.of("recipe.yaml"), bare.recipe, "the recipe is not taken for a port");
    assertEquals(0, parse("--remote-handoff=0", "recipe.yaml").browserOptions.remoteHandoff);
    assertEquals(
        9333, parse("recipe.yaml", "--remote-handoff", "9333").browserOptions.remoteHandoff);
    assertEquals(null, parse("recipe.yaml").browserOptions.remoteHandoff);
  }

  static RunCommand parse(String... args) {
    java.io.PrintStream none = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    RunCommand run =
        new RunCommand(
            new Env(
                none,
                none,
                java.io.InputStream.nullInputStream(),
                java.util.Map.of(),
                Path.of(""),
                false));
    new picocli.CommandLine(run).parseArgs(args);
    return run;
  }
}
