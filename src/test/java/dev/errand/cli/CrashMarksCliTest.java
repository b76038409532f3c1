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

/**
 * {@code errand validate} on a recipe that misplaces the crash-resume marks: exit 2, one line each.
 */
@Timeout(60)
class CrashMarksCliTest {

  @Test
  void aCheckpointAtTheInstantAndOnceOnAFillAreBadInput(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "apiVersion: errand/v1\n"
                + "name: bad\n"
                + "site: https://shop.example/\n"
                + "release: 2031-05-06T07:08:09Z\n"
                + "arm:\n"
                + "  - goto: /event\n"
                + "  - checkpoint: on the event page\n"
                + "at-release:\n"
                + "  - checkpoint\n"
                + "  - click: {role: button, name: Add to basket}\n"
                + "after:\n"
                + "  - fill: {label: Name, value: Alex}\n"
                + "    once: true\n"
                + "  - click: {role: button, name: Place order}\n"
                + "    once: true\n");
    CliRunner.Result r = new CliRunner(dir).run("validate", bad.toString());
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("bad.yaml:9:5: a 'checkpoint' cannot go in 'at-release'"), r.err());
    assertTrue(r.err().contains("bad.yaml:13:5: 'once: true' marks a step that buys"), r.err());
    assertFalse(r.err().contains("bad.yaml:15:"), "once on a click is fine: " + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
