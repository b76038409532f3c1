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
            "--sale-page=countdown|form|server"
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
    assertEquals("errand: --sale-page must be countdown, form or server, not 'ssr'", lines[3]);
    assertFalse(r.err().contains("Exception"), r.err());
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
