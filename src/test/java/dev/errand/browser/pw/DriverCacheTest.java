package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverCacheTest {

  @TempDir Path tmp;

  @Test
  void theCacheFollowsTheUsersCacheFolder() {
    assertEquals(
        Optional.of(tmp.resolve("errand")),
        DriverCache.root(Map.of("XDG_CACHE_HOME", tmp.toString()), "Linux"));
    Path home = Path.of(System.getProperty("user.home"));
    assertEquals(Optional.of(home.resolve(".cache/errand")), DriverCache.root(Map.of(), "Linux"));
    assertEquals(
        Optional.of(home.resolve("Library/Caches/errand")), DriverCache.root(Map.of(), "Mac OS X"));
    assertEquals(
        Optional.of(Path.of("C:/Users/a/AppData/Local", "errand")),
        DriverCache.root(Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "Windows 11"));
    assertEquals(
        Optional.of(home.resolve(".cache/errand")),
        DriverCache.root(Map.of("XDG_CACHE_HOME", "relative/path"), "Linux"),
        "a relative XDG_CACHE_HOME is ignored, as the spec says");
  }

  @Test
  void theBuildKnowsItsDriversVersion() {
    assertTrue(DriverCache.bundledVersion().orElseThrow().matches("\\d+\\.\\d+\\.\\d+.*"));
  }

  @Test
  void onlyAWholeDriverCountsAsInstalled() throws IOException {
    assertFalse(DriverCache.installed(tmp));
    Files.createDirectories(tmp.resolve("package"));
    Files.writeString(tmp.resolve("package/cli.js"), "");
    assertFalse(DriverCache.installed(tmp), "no node yet: an unpacking cut short");
    Files.writeString(tmp.resolve("node"), "");
    assertTrue(DriverCache.installed(tmp));
  }
}
