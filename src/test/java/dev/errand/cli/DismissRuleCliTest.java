package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A {@code dismiss:} rule that matches a pay button is bad input: refused before any browser. */
@Timeout(30)
class DismissRuleCliTest {

  @Test
  void aDismissRuleOnPayNowIsRefusedWithItsPlaceAndExit2(@TempDir Path dir) throws IOException {
    Path recipe =
        Files.writeString(
            dir.resolve("pay.yaml"),
            "apiVersion: errand/v1\n"
                + "name: pay\n"
                + "site: http://127.0.0.1:9/\n"
                + "dismiss:\n"
                + "  - {role: button, name: Pay now}\n"
                + "steps:\n"
                + "  - goto: /\n");
    String expected =
        recipe
            + ":5:5: a 'dismiss' rule must not match a pay button: 'Pay now' reads as paying, and"
            + " errand never presses pay";
    CliRunner cli =
        new CliRunner(Path.of("").toAbsolutePath())
            .env("ERRAND_HOME", dir.resolve("home").toString());
    for (String command : new String[] {"validate", "run"}) {
      CliRunner.Result r = cli.run(command, recipe.toString());
      assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
      assertTrue(r.err().contains(expected), r.toString());
      assertFalse(r.err().contains("Exception"), r.toString());
    }
  }
}
