package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand demo} as a new user runs it, from an empty directory, without a display. */
class DemoIT {

  @Test
  void theDemoReachesPaymentPaysNothingAndExits0(@TempDir Path workDir) throws IOException {
    CliRunner.Result r =
        new CliRunner(workDir)
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run("demo", "--release-in", "4s");
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("released"), r.out());
    assertTrue(r.out().contains("demo stand-in"), "says the stand-in acted: " + r.out());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    assertTrue(r.out().contains("received 0 payments"), r.out());

    Path attempts = workDir.resolve("attempts");
    try (Stream<Path> dirs = Files.list(attempts)) {
      Path dir = dirs.findFirst().orElseThrow();
      List<String> files;
      try (Stream<Path> f = Files.list(dir)) {
        files = f.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      }
      assertTrue(files.contains("journal.jsonl"), files.toString());
      assertTrue(files.stream().anyMatch(n -> n.endsWith("-end.png")), files.toString());
      // a Playwright trace per phase, none for the strike itself
      assertTrue(files.contains("trace-1-arm.zip"), files.toString());
      assertTrue(files.contains("trace-3-after.zip"), files.toString());
      assertTrue(files.stream().noneMatch(n -> n.startsWith("trace-2")), files.toString());
      assertTrue(Files.size(dir.resolve("trace-3-after.zip")) > 1000);
      String journal = Files.readString(dir.resolve("journal.jsonl"));
      assertTrue(journal.contains("\"outcome\":\"reached-payment\""), journal);
    }
    RunIT.assertNoBrowserLeft();
  }
}
