package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.run.Outcome;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand demo} without a browser: what it says and how it reads its options. */
class DemoCommandTest {

  @Test
  void theClosingLineSaysWhosePaymentsTheShopReceived() {
    assertEquals(
        "the demo shop received 0 payments: errand reached payment and left paying to a person.",
        DemoCommand.paymentsLine(0, Outcome.REACHED_PAYMENT, false));
    assertEquals(
        "the demo shop received 0 payments: errand reached payment and left paying to a person.",
        DemoCommand.paymentsLine(0, Outcome.REACHED_PAYMENT, true),
        "the person pressed Enter at payment");
    assertEquals(
        "the demo shop received 1 payment: the person's, made in the browser (errand never pays).",
        DemoCommand.paymentsLine(1, Outcome.PURCHASED, true));
    assertEquals(
        "the demo shop received 0 payments.", DemoCommand.paymentsLine(0, Outcome.BLOCKED, true));
    assertEquals(
        "the demo shop received 2 payments.",
        DemoCommand.paymentsLine(2, Outcome.PURCHASED, false),
        "nobody could have paid: no claim whose they are");
  }

  @Test
  void remoteHandoffTakesAnOptionalPortAsInRun() {
    DemoCommand bare = parse("--remote-handoff", "--release-in", "4s");
    assertEquals(9222, bare.browserOptions.remoteHandoff, "chrome://inspect's own default port");
    assertEquals("4s", bare.releaseIn, "the next option is not taken for a port");
    assertEquals(0, parse("--remote-handoff=0").browserOptions.remoteHandoff);
    assertEquals(9333, parse("--remote-handoff", "9333").browserOptions.remoteHandoff);
    assertEquals(null, parse().browserOptions.remoteHandoff);
    assertTrue(parse("--headless", "--browser", "chrome").browserOptions.headless);
  }

  @Test
  void aPortThatCannotBeIsRefusedInOneLineBeforeABrowserStarts(@TempDir Path dir) {
    CliRunner.Result r =
        new CliRunner(dir)
            .env("ERRAND_HOME", dir.resolve("home").toString())
            .run("demo", "--remote-handoff=70000");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(
        r.err().contains("--remote-handoff: a port is 1..65535 (or 0 for any free one), got 70000"),
        r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(r.out().contains("outcome:"), "no run: " + r.out());
  }

  static DemoCommand parse(String... args) {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    DemoCommand demo =
        new DemoCommand(
            new Env(none, none, InputStream.nullInputStream(), Map.of(), Path.of(""), false));
    new picocli.CommandLine(demo).parseArgs(args);
    return demo;
  }
}
