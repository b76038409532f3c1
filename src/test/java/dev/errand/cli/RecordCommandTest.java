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

/** {@code errand record}'s refusals, before any browser starts. */
@Timeout(60)
class RecordCommandTest {

  @TempDir Path tmp;

  @Test
  void aUrlThatIsNotHttpIsBadInput() {
    CliRunner.Result r = new CliRunner(tmp).env("DISPLAY", ":0").run("record", "ftp://x/");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("is not an http(s) URL"), r.err());
  }

  @Test
  void anExistingRecipeIsNeverOverwritten() throws IOException {
    Files.writeString(tmp.resolve("recorded.yaml"), "mine");
    CliRunner.Result r =
        new CliRunner(tmp).env("DISPLAY", ":0").run("record", "http://127.0.0.1:9/");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("already exists"), r.err());
    assertEquals("mine", Files.readString(tmp.resolve("recorded.yaml")));
  }

  @Test
  void withoutADisplayItSaysSo() {
    CliRunner.Result r = new CliRunner(tmp).run("record", "http://127.0.0.1:9/");
    assertEquals(ExitCode.NO_BROWSER, r.exitCode(), r.toString());
    assertTrue(r.err().contains("needs a display"), r.err());
    assertFalse(Files.exists(tmp.resolve("recorded.yaml")));
  }

  @Test
  void itsHelpSaysWhatItWrites() {
    CliRunner.Result r = new CliRunner(tmp).run("record", "--help");
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertFalse(r.out().contains("null"), r.out());
    assertTrue(r.out().contains("${profile.…}"), r.out());
  }
}
