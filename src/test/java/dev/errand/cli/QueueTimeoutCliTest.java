package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --queue-timeout} on {@code run} and {@code demo}: listed, and bad input says so. */
@Timeout(60)
class QueueTimeoutCliTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void listedWithItsDefault() {
    for (String command : new String[] {"run", "demo"}) {
      CliRunner.Result help = cli.run(command, "--help");
      assertTrue(help.out().contains("--queue-timeout=DURATION"), help.out());
      assertTrue(help.out().replaceAll("\\s+", " ").contains("(default: 2h)"), help.out());
    }
  }

  @Test
  void aBadQueueTimeoutIsBadInputBeforeAnythingStarts() {
    CliRunner.Result run =
        cli.run("run", "recipes/demo-shop.yaml", "--now", "--queue-timeout", "soon");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--queue-timeout: "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());

    CliRunner.Result demo = cli.run("demo", "--queue-timeout", "-5m");
    assertEquals(ExitCode.BAD_INPUT, demo.exitCode(), demo.toString());
    assertTrue(demo.err().contains("--queue-timeout: "), demo.err());
    assertFalse(demo.out().contains("demo shop "), "no shop started: " + demo.out());
  }
}
