package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An errand process leaves no temporary folder behind however it ends: a run to its end, a browser
 * that dies at its start, and an errand killed mid-run (the next one removes what it left). Each
 * errand here is a process of its own with its own temporary directory, as a person runs it; its
 * attempt folder is its owner's alone.
 */
class TempFoldersIT {

  @TempDir Path tmp;
  DemoShop shop;

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
    RunIT.assertNoBrowserLeft();
  }

  Path scratch() throws IOException {
    return Files.createDirectories(tmp.resolve("scratch"));
  }

  /** errand in a JVM of its own whose temporary directory is {@link #scratch}. */
  Process errand(String... extra) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + scratch(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.errand.Main"));
    command.addAll(
        CliRunner.runArgs(shop, RunIT.DEMO_RECIPE.toString(), tmp.resolve("attempts"), extra));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("run.log").toFile());
    builder.environment().put("ERRAND_HOME", tmp.resolve("home").toString());
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    return builder.start();
  }

  int ended(Process p) throws InterruptedException {
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "errand ended");
    return p.exitValue();
  }

  String log() throws IOException {
    return Files.readString(tmp.resolve("run.log"));
  }

  static List<String> left(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunLeavesNoTemporaryFolderAndItsAttemptFolderIsPrivate() throws Exception {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(6)).withoutRivals());
    ended(errand());
    assertTrue(log().contains("outcome: blocked"), "ran to the challenge: " + log());
    assertEquals(List.of(), left(scratch()), "nothing left in its temporary directory");
    Path attempt = tmp.resolve("attempts").resolve(left(tmp.resolve("attempts")).get(0));
    assertEquals("rwx------", perms(attempt));
    try (Stream<Path> files = Files.walk(attempt)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertEquals("rw-------", perms(f), f.toString());
      }
    }
  }

  @Test
  void aBrowserThatDiesAtItsStartLeavesNoTemporaryFolder() throws Exception {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(30)).withoutRivals());
    Path dies = tmp.resolve("dies.sh");
    Files.writeString(dies, "#!/bin/sh\nexit 3\n");
    Files.setPosixFilePermissions(dies, PosixFilePermissions.fromString("rwx------"));
    assertNotEquals(0, ended(errand("--browser", dies.toString())), log());
    assertTrue(log().contains("could not start"), log());
    assertEquals(List.of(), left(scratch()), "nothing left: " + log());
  }

  @Test
  void whatAKilledErrandLeftIsRemovedByTheNextOne() throws Exception {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(40)).withoutRivals());
    Process first = errand();
    // killed once its browser is up: its folder then holds the driver's files for it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!browserUp()) {
      assertTrue(first.isAlive() && System.nanoTime() < deadline, "no browser came up: " + log());
      TimeUnit.MILLISECONDS.sleep(100);
    }
    List<ProcessHandle> tree = new ArrayList<>(first.descendants().toList());
    first.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    ended(first);
    for (ProcessHandle p : tree) {
      p.onExit().get(30, TimeUnit.SECONDS);
    }
    List<String> leftByKill = left(scratch());
    assertFalse(leftByKill.isEmpty(), "a killed errand cannot tidy up");
    assertTrue(
        leftByKill.stream().allMatch(n -> n.startsWith("errand-browser-")), leftByKill.toString());

    Files.delete(tmp.resolve("run.log"));
    shop.close();
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(6)).withoutRivals());
    ended(errand());
    assertEquals(List.of(), left(scratch()), "the next errand removed it: " + log());
  }

  /** Whether an errand's folder holds a browser's artifacts folder (Playwright's, per launch). */
  boolean browserUp() throws IOException {
    for (String name : left(scratch())) {
      if (left(scratch().resolve(name)).stream()
          .anyMatch(n -> n.startsWith("playwright-artifacts-"))) {
        return true;
      }
    }
    return false;
  }

  static String perms(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
