package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code errand clock URL} against the demo shop with a known clock skew, and against nothing. */
class ClockIT {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  @Test
  void readsASkewedShopClockToTheMillisecond() throws IOException {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofMinutes(5)).withSkew(Duration.ofMillis(1234)))) {
      CliRunner.Result r = cli.run("clock", shop.url().toString(), "--probes", "20");
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      Matcher m = Pattern.compile("site clock\\s+([+-]\\d+\\.\\d{3}) s").matcher(r.out());
      assertTrue(m.find(), r.out());
      double offset = Double.parseDouble(m.group(1));
      assertTrue(Math.abs(offset - 1.234) <= 0.010, "measured " + offset + " s for a 1.234 s skew");
    }
  }

  @Test
  void onASlowServerThatStampsLateTheIntervalHoldsTheTruthAndTheFastPathIsUsed()
      throws IOException {
    Duration skew = Duration.ofMillis(-321);
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofMinutes(5))
                .withSkew(skew)
                .withRenderDelay(Duration.ofMillis(120)))) {
      CliRunner.Result r = cli.run("clock", shop.url().toString(), "--probes", "14");
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      Matcher m =
          Pattern.compile("interval\\s+\\[([+-][0-9.]+) s, ([+-][0-9.]+) s\\)").matcher(r.out());
      assertTrue(m.find(), r.out());
      double lo = Double.parseDouble(m.group(1));
      double hi = Double.parseDouble(m.group(2));
      double truth = skew.toNanos() / 1e9;
      assertTrue(lo <= truth && truth < hi, "[" + lo + ", " + hi + ") excludes " + truth);
      // HEAD / renders for 120 ms; robots.txt and the icon answer at once
      assertTrue(r.out().matches("(?s).*probes to /(robots\\.txt|favicon\\.ico).*"), r.out());
    }
  }

  @Test
  void anUnreachableSiteIsOneClearLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    CliRunner.Result r = cli.run("clock", "http://127.0.0.1:" + port + "/", "--probes", "3");
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.err().contains("could not reach"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void notAnHttpUrlIsBadInput() {
    CliRunner.Result r = cli.run("clock", "ftp://example.com/");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
  }
}
