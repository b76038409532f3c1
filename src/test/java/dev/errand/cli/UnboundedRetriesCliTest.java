package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A poll or a release window without a bound is bad input: one line each, exit 2. */
class UnboundedRetriesCliTest {

  @Test
  void validateRefusesAPollWithNoBoundAndATooFastOne(@TempDir Path dir) throws IOException {
    Path recipe =
        Files.writeString(
            dir.resolve("r.yaml"),
            "apiVersion: errand/v1\nname: r\nsite: https://shop.example.com/\n"
                + "release-window: 1h\nsteps:\n"
                + "  - poll: {until: {text: Buy}}\n"
                + "  - poll: {until: {text: Buy}, every: 0.5s, for: 10s}\n");
    CliRunner.Result r = new CliRunner(dir).run("validate", recipe.toString());

    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    String all = r.out() + r.err();
    assertTrue(all.contains("r.yaml:4:17: 'release-window' must be at most 10m, got '1h'"), all);
    assertTrue(all.contains("r.yaml:6:11: 'poll' needs an upper bound: add 'for'"), all);
    assertTrue(all.contains("r.yaml:7:39: 'every' must be at least 1s, got '500ms'"), all);
    assertTrue(!all.contains("Exception"), all);
  }
}
