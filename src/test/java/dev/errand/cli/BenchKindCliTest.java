package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code errand bench --kind}: listed in the help, and refused in one line before any drop. */
@Timeout(30)
class BenchKindCliTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void theHelpListsEveryKindAndSaysWhatSalePageIs() {
    CliRunner.Result help = cli.run("bench", "--help");
    assertEquals(0, help.exitCode(), help.toString());
    assertTrue(help.out().contains("--kind=KIND[,KIND...]"), help.out());
    for (String kind : new String[] {"form", "countdown", "server", "slow", "late", "limited"}) {
      assertTrue(help.out().contains("  " + kind + " "), kind + ":\n" + help.out());
    }
    assertTrue(help.out().contains("older spelling of --kind"), help.out());
  }

  @Test
  void anUnknownKindIsOneLineListingTheKinds() {
    CliRunner.Result r = cli.run("bench", "--kind", "server,ssr");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(
        "errand: --kind: unknown kind 'ssr'; the kinds are form, countdown, server, slow, late,"
            + " limited",
        r.err().strip(),
        r.toString());
  }

  @Test
  void fewerDropsThanKindsAndBothSpellingsAreRefused() {
    CliRunner.Result few = cli.run("bench", "--kind", "server,slow,late", "--drops", "2");
    assertEquals(ExitCode.BAD_INPUT, few.exitCode(), few.toString());
    assertEquals(
        "errand: --drops must be at least the number of kinds (3): 2",
        few.err().strip(),
        few.toString());
    CliRunner.Result both = cli.run("bench", "--kind", "server", "--sale-page", "form");
    assertEquals(ExitCode.BAD_INPUT, both.exitCode(), both.toString());
    assertEquals(1, both.err().strip().lines().count(), both.toString());
  }
}
