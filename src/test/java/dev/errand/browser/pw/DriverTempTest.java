package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverTempTest {

  @TempDir Path tmp;

  @Test
  void aFolderIsRemovedWithEverythingInIt() throws IOException {
    DriverTemp temp = DriverTemp.create(tmp);
    Files.createDirectories(temp.path().resolve("playwright-artifacts-x"));
    Files.writeString(temp.path().resolve("playwright-artifacts-x").resolve("t.trace"), "x");
    assertEquals(temp.path().toString(), temp.env().get("TMPDIR"));
    temp.remove();
    assertFalse(Files.exists(temp.path()));
  }

  @Test
  void theProcessKeepsOneFolderAndMakesItAgainWhenItWasRemoved() {
    DriverTemp first = DriverTemp.forThisProcess();
    first.remove();
    DriverTemp again = DriverTemp.forThisProcess();
    assertEquals(first.path(), again.path(), "the driver's environment names this one");
    assertTrue(Files.isDirectory(again.path()));
  }

  @Test
  void theSweepRemovesFoldersWhoseErrandIsGoneAndKeepsLiveOnes() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path dead = owned(tmp.resolve("errand-browser-dead"), gone.pid());
    Path live = owned(tmp.resolve("errand-browser-live"), ProcessHandle.current().pid());
    Path fresh = Files.createDirectories(tmp.resolve("errand-browser-fresh"));
    Path old = Files.createDirectories(tmp.resolve("errand-browser-old"));
    Instant now = Instant.now();
    Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(1))));
    Path other = Files.createDirectories(tmp.resolve("someone-elses"));
    DriverTemp.sweep(tmp, now);
    assertFalse(Files.exists(dead), "its errand is gone");
    assertTrue(Files.exists(live), "its errand runs");
    assertTrue(Files.exists(fresh), "being made: no owner file yet");
    assertFalse(Files.exists(old), "no owner for an hour");
    assertTrue(Files.exists(other), "not errand's");
  }

  private static Path owned(Path dir, long pid) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("owner.pid"), Long.toString(pid));
    return dir;
  }
}
