package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.profile.Profile;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffPagesTest {

  private static final Profile.HandoffPage OFF = new Profile.HandoffPage(false, "127.0.0.1", 0);

  @Test
  void servedWhenAskedForOrByTheProfileAndOnLoopbackByDefault() {
    assertEquals(Optional.empty(), HandoffPages.of(false, false, OFF));
    assertEquals(
        "127.0.0.1", HandoffPages.of(true, false, OFF).orElseThrow().address().getHostString());
    Profile.HandoffPage lan = new Profile.HandoffPage(true, "127.0.0.2", 8765);
    assertEquals(8765, HandoffPages.of(false, false, lan).orElseThrow().address().getPort());
  }

  @Test
  void aRunThatEndsAtItsFirstHandoffServesNone() {
    assertEquals(Optional.empty(), HandoffPages.of(true, true, OFF));
  }

  @Test
  void runDemoAndWatchTakeTheSameOption() {
    assertTrue(DemoCommandTest.parse("--handoff-page").handoffPages.asked);
    assertFalse(DemoCommandTest.parse().handoffPages.asked);
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    Env env = new Env(none, none, InputStream.nullInputStream(), Map.of(), Path.of(""), false);
    WatchCommand watch = new WatchCommand(env);
    new picocli.CommandLine(watch).parseArgs("--handoff-page", "--every", "5m", "r.yaml");
    assertTrue(watch.handoffPages.asked);
    RunCommand run = new RunCommand(env);
    new picocli.CommandLine(run).parseArgs("--handoff-page", "r.yaml");
    assertTrue(run.handoffPages.asked);
  }
}
