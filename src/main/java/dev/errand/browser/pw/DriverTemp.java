package dev.errand.browser.pw;

import dev.errand.os.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The temporary folder of this errand's Playwright driver and browsers: their {@code TMPDIR}
 * (Playwright's {@code playwright-artifacts-…}, where traces and downloads pass, and the browser's
 * own temporary files). One per errand process, because Playwright for Java gives every driver it
 * starts the environment of the first: removed when errand exits, and one a killed errand left (its
 * process is gone) is removed by the next errand that starts a browser.
 */
final class DriverTemp {

  static final String PREFIX = "errand-browser-";
  private static final String OWNER = "owner.pid";

  /** How old a folder without an owner file must be before it counts as left behind. */
  private static final Duration UNCLAIMED = Duration.ofMinutes(10);

  private static @Nullable DriverTemp current;

  private final Path dir;

  private DriverTemp(Path dir) {
    this.dir = dir;
  }

  /**
   * This process's folder in the system's temporary directory: made at the first call (after
   * removing the ones killed errands left) and made again if something removed it since.
   */
  static synchronized DriverTemp forThisProcess() {
    DriverTemp made = current;
    if (made == null) {
      made = create(Path.of(System.getProperty("java.io.tmpdir")));
      DriverTemp removed = made;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(removed::remove, "errand-remove-browser-temp"));
      current = made;
    } else if (!Files.isDirectory(made.dir)) {
      try {
        Files.createDirectories(made.dir);
        made.claim();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return made;
  }

  /** A new folder in {@code parent}, after removing the ones killed errands left there. */
  static DriverTemp create(Path parent) {
    sweep(parent, Instant.now());
    try {
      DriverTemp made = new DriverTemp(Files.createTempDirectory(parent, PREFIX));
      made.claim();
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void claim() throws IOException {
    Files.writeString(
        dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
  }

  Path path() {
    return dir;
  }

  /** The environment entries that send the driver's and browser's temporary files here. */
  Map<String, String> env() {
    String d = dir.toString();
    return Map.of("TMPDIR", d, "TMP", d, "TEMP", d);
  }

  /** Removes the folders in {@code parent} whose errand is gone. */
  static void sweep(Path parent, Instant now) {
    try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path d : found) {
        if (Files.isDirectory(d) && leftBehind(d, now)) {
          Folders.deleteQuietly(d);
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing to sweep, or not ours to read
    }
  }

  private static boolean leftBehind(Path d, Instant now) throws IOException {
    Optional<Long> owner = owner(d);
    if (owner.isPresent()) {
      return ProcessHandle.of(owner.get()).map(p -> !p.isAlive()).orElse(true);
    }
    return Files.getLastModifiedTime(d).toInstant().plus(UNCLAIMED).isBefore(now);
  }

  private static Optional<Long> owner(Path d) {
    try {
      return Optional.of(Long.parseLong(Files.readString(d.resolve(OWNER)).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Removes the folder with everything in it. */
  void remove() {
    Folders.deleteQuietly(dir);
  }
}
