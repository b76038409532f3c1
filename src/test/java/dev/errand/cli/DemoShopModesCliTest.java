package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo shop's overload options on {@code demo-shop} and {@code demo}: listed and checked. */
@Timeout(30)
class DemoShopModesCliTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void bothCommandsListTheModes() {
    for (String command : new String[] {"demo-shop", "demo"}) {
      CliRunner.Result help = cli.run(command, "--help");
      assertEquals(0, help.exitCode(), help.toString());
      for (String option :
          new String[] {
            "--render-delay=DURATION",
            "--late-commit=DURATION",
            "--rate-limit=N",
            "--sale-page=countdown|form|server",
            "--errors=PERCENT",
            "--errors-as-200=PERCENT",
            "--drop-connections=PERCENT",
            "--seed=N",
            "--waiting-room=DURATION",
            "--consent=demo|onetrust|cookiebot|didomi|none",
            "--newsletter-popup"
          }) {
        assertTrue(help.out().contains(option), command + " lists " + option + ":\n" + help.out());
      }
    }
  }

  @Test
  void aNegativeRateLimitIsOneLineAndExit2() {
    for (String command : new String[] {"demo-shop", "demo"}) {
      CliRunner.Result r = cli.run(command, "--rate-limit", "-1");
      assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
      assertEquals(
          "errand: --rate-limit must be 0 (off) to 1000 page loads per second, not -1",
          r.err().strip(),
          r.toString());
    }
  }

  @Test
  void everyBadModeIsNamedAtOnce() {
    CliRunner.Result r =
        cli.run(
            "demo-shop",
            "--render-delay",
            "slow",
            "--late-commit",
            "11s",
            "--rate-limit",
            "2000",
            "--sale-page",
            "ssr");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    String[] lines = r.err().strip().split("\n");
    assertEquals(4, lines.length, r.err());
    assertTrue(lines[0].startsWith("errand: --render-delay"), lines[0]);
    assertEquals("errand: --late-commit must be at most 10s, not '11s'", lines[1]);
    assertTrue(lines[2].startsWith("errand: --rate-limit must be 0 (off)"), lines[2]);
    assertEquals(
        "errand: --sale-page must be countdown, form, server or poll, not 'ssr'", lines[3]);
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void everyBadFaultModeIsNamedAtOnce() {
    CliRunner.Result r =
        cli.run(
            "demo-shop",
            "--errors",
            "130%",
            "--errors-as-200",
            "lots",
            "--drop-connections",
            "-5%",
            "--waiting-room",
            "3h",
            "--consent",
            "quantcast");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(
        java.util.List.of(
            "errand: --errors must be a percentage from 0% to 100%, not '130%'",
            "errand: --errors-as-200 must be a percentage from 0% to 100%, not 'lots'",
            "errand: --drop-connections must be a percentage from 0% to 100%, not '-5%'",
            "errand: --waiting-room must be at most 2h, not '3h'",
            "errand: --consent must be demo, onetrust, cookiebot, didomi or none, not 'quantcast'"),
        java.util.List.of(r.err().strip().split("\n")),
        r.toString());
  }

  @Test
  void errorsAndDropsMayNotAddUpToMoreThanEveryLoad() {
    CliRunner.Result r = cli.run("demo", "--errors", "80%", "--drop-connections", "30");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(
        "errand: --errors and --drop-connections must add up to at most 100%", r.err().strip());
  }

  @Test
  void theFaultModesReachTheConfigAndTheSeedSeedsTheLateCommitToo() {
    ShopModeOptions modes = new ShopModeOptions();
    new picocli.CommandLine(modes)
        .parseArgs(
            "--errors",
            "30%",
            "--errors-as-200",
            "50",
            "--drop-connections",
            "10%",
            "--seed",
            "42",
            "--waiting-room",
            "2m",
            "--consent",
            "OneTrust",
            "--newsletter-popup",
            "--late-commit",
            "2s");
    dev.errand.demo.DemoShopConfig config =
        modes.applyTo(dev.errand.demo.DemoShopConfig.opensIn(java.time.Duration.ofHours(1)));
    assertEquals(0.3, config.errorShare(), 1e-9);
    assertEquals(0.5, config.errorPageShare(), 1e-9);
    assertEquals(0.1, config.dropShare(), 1e-9);
    assertEquals(java.util.OptionalLong.of(42), config.faultSeed());
    assertEquals(java.util.OptionalLong.of(42), config.lateCommitSeed());
    assertEquals(java.time.Duration.ofSeconds(2), config.lateCommit());
    assertEquals(java.time.Duration.ofMinutes(2), config.waitingRoom());
    assertEquals(dev.errand.demo.DemoShopConfig.Consent.ONETRUST, config.consent());
    assertTrue(config.newsletterPopup());
    String line = modes.describe(config).orElseThrow();
    assertTrue(line.contains("30% of page loads fail (50% of them with 200)"), line);
    assertTrue(line.contains("10% of page loads dropped"), line);
    assertTrue(line.contains("a waiting room of 2m per visitor"), line);
    assertTrue(line.contains("cookie banner: onetrust"), line);
  }

  @Test
  void withoutFaultOptionsTheShopIsAsItWas() {
    ShopModeOptions modes = new ShopModeOptions();
    new picocli.CommandLine(modes).parseArgs();
    dev.errand.demo.DemoShopConfig base =
        dev.errand.demo.DemoShopConfig.opensIn(java.time.Duration.ofHours(1));
    dev.errand.demo.DemoShopConfig config = modes.applyTo(base);
    assertEquals(0, config.errorShare());
    assertEquals(0, config.dropShare());
    assertEquals(java.util.OptionalLong.empty(), config.faultSeed());
    assertEquals(base, config);
    assertEquals(java.util.Optional.empty(), modes.describe(config));
  }

  @Test
  void serverParsesAsASalePageAndBothStaysTheCountdownAndTheForm() {
    assertEquals(dev.errand.demo.DemoShopConfig.SalePage.SERVER, SalePageOption.one(" Server "));
    assertEquals(
        java.util.List.of(
            dev.errand.demo.DemoShopConfig.SalePage.COUNTDOWN,
            dev.errand.demo.DemoShopConfig.SalePage.FORM),
        SalePageOption.oneOrBoth("both"));
  }
}
