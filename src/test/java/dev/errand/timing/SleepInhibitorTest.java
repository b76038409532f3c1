package dev.errand.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SleepInhibitorTest {

  @TempDir Path bin;

  Path executable(String name) throws IOException {
    Path p = Files.writeString(bin.resolve(name), "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  @Test
  void linuxUsesSystemdInhibitMacCaffeinateAndOthersNothing() throws IOException {
    Map<String, String> env = Map.of("PATH", bin.toString());
    assertEquals(Optional.empty(), SleepInhibitor.command("Linux", env, 42, "sale"));
    executable("systemd-inhibit");
    executable("caffeinate");
    List<String> linux = SleepInhibitor.command("Linux", env, 42, "sale").orElseThrow();
    assertTrue(linux.get(0).endsWith("systemd-inhibit"));
    assertTrue(linux.contains("--what=sleep:idle"), linux.toString());
    List<String> mac = SleepInhibitor.command("Mac OS X", env, 42, "sale").orElseThrow();
    assertEquals(List.of(bin.resolve("caffeinate").toString(), "-i", "-w", "42"), mac);
    assertEquals(Optional.empty(), SleepInhibitor.command("Windows 11", env, 42, "sale"));
  }

  @Test
  void startingNeverThrowsAndCloses() {
    try (SleepInhibitor s =
        SleepInhibitor.start("test", System.getProperty("os.name"), System.getenv())) {
      assertTrue(!s.describe().isBlank());
    }
  }
}
