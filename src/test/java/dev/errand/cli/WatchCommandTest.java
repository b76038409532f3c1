package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand watch}: a bad schedule is bad input naming its option, before anything starts. */
@Timeout(60)
class WatchCommandTest {

  final CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

  private void refused(String option, String... schedule) {
    String[] args = new String[schedule.length + 2];
    args[0] = "watch";
    args[1] = "recipes/demo-watch.yaml";
    System.arraycopy(schedule, 0, args, 2, schedule.length);
    CliRunner.Result r = cli.run(args);
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("errand: " + option + ": "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
  }

  @Test
  void anIntervalBelowTheFloorIsRefused() {
    refused("--every", "--every", "5s");
  }

  @Test
  void aWindowThatNeverOpensIsRefused() {
    refused("--between", "--every", "5m", "--between", "23:00-23:00");
  }

  @Test
  void anUnknownZoneIsRefused() {
    refused("--zone", "--every", "5m", "--zone", "Mars/Olympus_Mons");
  }

  @Test
  void aDailyTimeThatIsNotATimeOfDayIsRefused() {
    refused("--daily", "--daily", "25:00");
  }

  @Test
  void noScheduleIsRefused() {
    refused("--every");
  }

  @Test
  void aRecipeThatCannotTellWhenToBuyIsRefused(@TempDir Path dir) throws Exception {
    Path recipe = dir.resolve("nowait.yaml");
    Files.writeString(
        recipe,
        "apiVersion: errand/v1\nname: no wait\nsite: http://127.0.0.1:9/\n"
            + "at-release:\n  - click: {role: button, name: Book}\n");
    CliRunner.Result r = cli.run("watch", recipe.toString(), "--every", "5m");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("available:"), r.err());
  }

  @Test
  void listedInTheHelp() {
    CliRunner.Result help = cli.run("--help");
    assertTrue(help.out().contains("watch"), help.out());
  }

  @Test
  void theDemoShopsDailyReleaseIsATimeOfDay() {
    CliRunner.Result r = cli.run("demo-shop", "--daily-release", "25:00");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("errand: --daily-release: "), r.err());
  }
}
