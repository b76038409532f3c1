package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code errand bench --faults}: listed in the help, and bad input refused in one line. */
@Timeout(30)
class BenchFaultsCliTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void theHelpListsEveryFaultMode() {
    CliRunner.Result help = cli.run("bench", "--help");
    assertEquals(0, help.exitCode(), help.toString());
    assertTrue(help.out().contains("--faults[=MODE[,MODE...]]"), help.out());
    for (String mode : new String[] {"overload", "late", "queue", "consent"}) {
      assertTrue(help.out().contains("  " + mode + " "), mode + ":\n" + help.out());
    }
    assertTrue(help.out().contains("--runs=N"), help.out());
    assertTrue(help.out().contains("--queue-wait=DURATION"), help.out());
  }

  @Test
  void anUnknownModeIsOneLineListingTheModes() {
    CliRunner.Result r = cli.run("bench", "--faults", "overload,slow");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertEquals(
        "errand: --faults: unknown fault mode 'slow'; the modes are overload, late, queue, consent",
        r.err().strip(),
        r.toString());
  }

  @Test
  void faultOptionsWithoutFaultsAndDropOptionsWithFaultsAreRefused() {
    CliRunner.Result runs = cli.run("bench", "--runs", "2");
    assertEquals(ExitCode.BAD_INPUT, runs.exitCode(), runs.toString());
    assertEquals("errand: --runs only go with --faults", runs.err().strip(), runs.toString());
    for (String[] args :
        new String[][] {
          {"bench", "--faults", "late", "--kind", "form"},
          {"bench", "--faults", "late", "--drops", "4"},
          {"bench", "--faults", "late", "--runs", "0"},
          {"bench", "--faults", "queue", "--queue-wait", "3h"},
          {"bench", "--faults", "queue", "--queue-wait", "soon"}
        }) {
      CliRunner.Result r = cli.run(args);
      assertEquals(ExitCode.BAD_INPUT, r.exitCode(), String.join(" ", args) + "\n" + r);
      assertEquals(1, r.err().strip().lines().count(), r.toString());
    }
  }
}
